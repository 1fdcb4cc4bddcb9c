package vn.gov.sokhcn.kpi.report;

import vn.gov.sokhcn.kpi.system.OnPostgres;

/** The tests of {@link SummaryReportTest} on PostgreSQL. */
@OnPostgres
class SummaryReportPostgresTest extends SummaryReportTest {
}
