package vn.gov.sokhcn.kpi.evaluation.run;

import vn.gov.sokhcn.kpi.system.OnPostgres;

/** The tests of {@link GroupedRunHttpTest} on PostgreSQL. */
@OnPostgres
class GroupedRunOnPostgresTest extends GroupedRunHttpTest {
}
