package vn.gov.sokhcn.kpi.kpi;

import vn.gov.sokhcn.kpi.system.OnPostgres;

/** The same tests as {@link StrategyMapApiTest}, with the service on PostgreSQL. */
@OnPostgres
class StrategyMapApiPostgresTest extends StrategyMapApiTest {
}
