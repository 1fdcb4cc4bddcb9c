package vn.gov.sokhcn.kpi.demo;

import vn.gov.sokhcn.kpi.system.OnPostgres;

/** The demo year taken through the appraisal procedure on PostgreSQL: the same state as on H2. */
@OnPostgres
class DemoAppraisalYearPostgresTest extends DemoAppraisalYearTest {
}
