package vn.gov.sokhcn.kpi.security;

import vn.gov.sokhcn.kpi.system.OnPostgres;

/** The same tests as {@link AuthenticationTest}, with the service on PostgreSQL. */
@OnPostgres
class AuthenticationPostgresTest extends AuthenticationTest {
}
