package vn.gov.sokhcn.kpi.console.source;

import vn.gov.sokhcn.kpi.system.OnPostgres;

/** The same tests as {@link SourcePageTest}, with the service on PostgreSQL. */
@OnPostgres
class SourcePagePostgresTest extends SourcePageTest {
}
