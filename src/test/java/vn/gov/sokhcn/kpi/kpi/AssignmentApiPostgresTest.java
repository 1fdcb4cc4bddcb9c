package vn.gov.sokhcn.kpi.kpi;

import vn.gov.sokhcn.kpi.system.OnPostgres;

/** The same tests as {@link AssignmentApiTest}, with the service on PostgreSQL. */
@OnPostgres
class AssignmentApiPostgresTest extends AssignmentApiTest {
}
