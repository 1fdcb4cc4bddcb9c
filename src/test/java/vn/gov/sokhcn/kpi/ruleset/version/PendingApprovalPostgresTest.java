package vn.gov.sokhcn.kpi.ruleset.version;

import vn.gov.sokhcn.kpi.system.OnPostgres;

/** The tests of {@link PendingApprovalTest} on PostgreSQL (the same context as the trials' tests there). */
@OnPostgres
class PendingApprovalPostgresTest extends PendingApprovalTest {
}
