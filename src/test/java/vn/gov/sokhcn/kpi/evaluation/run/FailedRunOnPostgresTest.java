package vn.gov.sokhcn.kpi.evaluation.run;

import vn.gov.sokhcn.kpi.system.OnPostgres;

/** The tests of {@link FailedRunHttpTest} on PostgreSQL. */
@OnPostgres
class FailedRunOnPostgresTest extends FailedRunHttpTest {
}
