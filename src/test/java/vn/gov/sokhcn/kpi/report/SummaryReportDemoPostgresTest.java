package vn.gov.sokhcn.kpi.report;

import vn.gov.sokhcn.kpi.system.OnPostgres;

/** The tests of {@link SummaryReportDemoTest} on PostgreSQL. */
@OnPostgres
class SummaryReportDemoPostgresTest extends SummaryReportDemoTest {
}
