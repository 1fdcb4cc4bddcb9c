package vn.gov.sokhcn.kpi.console.data;

import vn.gov.sokhcn.kpi.system.OnPostgres;

/** The same tests as {@link DataPageTest}, with the service on PostgreSQL. */
@OnPostgres
class DataPagePostgresTest extends DataPageTest {
}
