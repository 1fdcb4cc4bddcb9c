package vn.gov.sokhcn.kpi.evaluation.run;

import vn.gov.sokhcn.kpi.system.OnPostgres;

/** The tests of {@link RollUpRunHttpTest} on PostgreSQL. */
@OnPostgres
class RollUpRunOnPostgresTest extends RollUpRunHttpTest {
}
