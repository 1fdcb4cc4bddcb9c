package vn.gov.sokhcn.kpi.audit;

import vn.gov.sokhcn.kpi.system.OnPostgres;

/** The same tests as {@link AuditLogApiTest}, with the service on PostgreSQL (the plpgsql append-only trigger). */
@OnPostgres
class AuditLogApiPostgresTest extends AuditLogApiTest {
}
