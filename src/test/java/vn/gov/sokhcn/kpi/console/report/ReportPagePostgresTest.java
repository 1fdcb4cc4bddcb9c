package vn.gov.sokhcn.kpi.console.report;

import vn.gov.sokhcn.kpi.system.OnPostgres;

/** The tests of {@link ReportPageTest} on PostgreSQL. */
@OnPostgres
class ReportPagePostgresTest extends ReportPageTest {
}
