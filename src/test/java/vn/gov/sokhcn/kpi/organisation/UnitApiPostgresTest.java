package vn.gov.sokhcn.kpi.organisation;

import vn.gov.sokhcn.kpi.system.OnPostgres;

/** The same tests as {@link UnitApiTest}, with the service on PostgreSQL. */
@OnPostgres
class UnitApiPostgresTest extends UnitApiTest {
}
