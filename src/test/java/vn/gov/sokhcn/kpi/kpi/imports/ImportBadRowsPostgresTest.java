package vn.gov.sokhcn.kpi.kpi.imports;

import vn.gov.sokhcn.kpi.system.OnPostgres;

/** The same tests as {@link ImportBadRowsTest}, with the service on PostgreSQL. */
@OnPostgres
class ImportBadRowsPostgresTest extends ImportBadRowsTest {
}
