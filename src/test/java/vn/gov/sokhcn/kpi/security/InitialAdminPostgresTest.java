package vn.gov.sokhcn.kpi.security;

import vn.gov.sokhcn.kpi.system.OnPostgres;

/** The same tests as {@link InitialAdminTest}, with the service on PostgreSQL. */
@OnPostgres
class InitialAdminPostgresTest extends InitialAdminTest {
}
