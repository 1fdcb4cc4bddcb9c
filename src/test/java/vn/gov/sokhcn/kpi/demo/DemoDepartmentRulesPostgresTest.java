package vn.gov.sokhcn.kpi.demo;

import vn.gov.sokhcn.kpi.system.OnPostgres;

/** The demo Department loaded into PostgreSQL and evaluated there: the same outcomes as on H2. */
@OnPostgres
class DemoDepartmentRulesPostgresTest extends DemoDepartmentRulesTest {
}
