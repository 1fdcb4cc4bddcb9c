package vn.gov.sokhcn.kpi.appraisal.notice;

import vn.gov.sokhcn.kpi.system.OnPostgres;

/** The tests of {@link AppraisalNoticesTest} on PostgreSQL. */
@OnPostgres
class AppraisalNoticesPostgresTest extends AppraisalNoticesTest {
}
