package vn.gov.sokhcn.kpi.kpi;

import vn.gov.sokhcn.kpi.system.OnPostgres;

/** The same tests as {@link CascadeApiTest}, with the service on PostgreSQL. */
@OnPostgres
class CascadeApiPostgresTest extends CascadeApiTest {
}
