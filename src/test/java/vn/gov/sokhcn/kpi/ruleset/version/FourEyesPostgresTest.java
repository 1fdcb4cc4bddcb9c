package vn.gov.sokhcn.kpi.ruleset.version;

import vn.gov.sokhcn.kpi.system.OnPostgres;

/** The same tests as {@link FourEyesTest}, with the service on PostgreSQL. */
@OnPostgres
class FourEyesPostgresTest extends FourEyesTest {
}
