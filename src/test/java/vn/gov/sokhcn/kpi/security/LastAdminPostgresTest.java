package vn.gov.sokhcn.kpi.security;

import vn.gov.sokhcn.kpi.system.OnPostgres;

/** The same tests as {@link LastAdminTest}, with the service on PostgreSQL (its row locks decide the race). */
@OnPostgres
class LastAdminPostgresTest extends LastAdminTest {
}
