package vn.gov.sokhcn.kpi;

import vn.gov.sokhcn.kpi.system.OnPostgres;

/** The same load as {@link ConcurrentUseTest}, with the service on PostgreSQL. */
@OnPostgres
class ConcurrentUsePostgresTest extends ConcurrentUseTest {
}
