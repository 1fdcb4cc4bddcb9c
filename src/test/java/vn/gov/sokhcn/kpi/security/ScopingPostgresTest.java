package vn.gov.sokhcn.kpi.security;

import vn.gov.sokhcn.kpi.system.OnPostgres;

/** The same scoping on PostgreSQL, where the IN lists and the unit tree are queried there. */
@OnPostgres
class ScopingPostgresTest extends ScopingTest {
}
