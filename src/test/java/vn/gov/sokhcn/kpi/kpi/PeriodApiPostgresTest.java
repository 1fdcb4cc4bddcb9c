package vn.gov.sokhcn.kpi.kpi;

import vn.gov.sokhcn.kpi.system.OnPostgres;

/** The same tests as {@link PeriodApiTest}, with the service on PostgreSQL. */
@OnPostgres
class PeriodApiPostgresTest extends PeriodApiTest {
}
