package vn.gov.sokhcn.kpi.console.appraisal;

import vn.gov.sokhcn.kpi.system.OnPostgres;

/** The same tests as {@link AppraisalPagesTest}, with the service on PostgreSQL. */
@OnPostgres
class AppraisalPagesPostgresTest extends AppraisalPagesTest {
}
