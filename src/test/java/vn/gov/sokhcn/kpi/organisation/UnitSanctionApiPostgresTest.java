package vn.gov.sokhcn.kpi.organisation;

import vn.gov.sokhcn.kpi.system.OnPostgres;

/** The same tests as {@link UnitSanctionApiTest}, with the service on PostgreSQL. */
@OnPostgres
class UnitSanctionApiPostgresTest extends UnitSanctionApiTest {
}
