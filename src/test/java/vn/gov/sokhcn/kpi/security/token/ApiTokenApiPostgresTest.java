package vn.gov.sokhcn.kpi.security.token;

import vn.gov.sokhcn.kpi.system.OnPostgres;

/** The same tests as {@link ApiTokenApiTest}, with the service on PostgreSQL. */
@OnPostgres
class ApiTokenApiPostgresTest extends ApiTokenApiTest {
}
