package vn.gov.sokhcn.kpi.console.trial;

import vn.gov.sokhcn.kpi.system.OnPostgres;

/** The tests of {@link TrialPageTest} on PostgreSQL. */
@OnPostgres
class TrialPagePostgresTest extends TrialPageTest {
}
