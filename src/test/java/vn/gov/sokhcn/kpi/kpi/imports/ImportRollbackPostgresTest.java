package vn.gov.sokhcn.kpi.kpi.imports;

import vn.gov.sokhcn.kpi.system.OnPostgres;

/** The same tests as {@link ImportRollbackTest}, with the service on PostgreSQL. */
@OnPostgres
class ImportRollbackPostgresTest extends ImportRollbackTest {
}
