package vn.gov.sokhcn.kpi.kpi.imports;

import vn.gov.sokhcn.kpi.system.OnPostgres;

/** The same tests as {@link ImportTemplateTest}, with the service on PostgreSQL. */
@OnPostgres
class ImportTemplatePostgresTest extends ImportTemplateTest {
}
