package vn.gov.sokhcn.kpi.trial;

import vn.gov.sokhcn.kpi.system.OnPostgres;

/** The tests of {@link TrialTest} on PostgreSQL. */
@OnPostgres
class TrialPostgresTest extends TrialTest {
}
