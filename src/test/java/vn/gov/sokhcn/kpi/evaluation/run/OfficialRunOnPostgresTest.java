package vn.gov.sokhcn.kpi.evaluation.run;

import vn.gov.sokhcn.kpi.system.OnPostgres;

/** The tests of {@link OfficialRunHttpTest} on PostgreSQL. */
@OnPostgres
class OfficialRunOnPostgresTest extends OfficialRunHttpTest {
}
