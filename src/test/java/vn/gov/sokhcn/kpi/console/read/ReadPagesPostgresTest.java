package vn.gov.sokhcn.kpi.console.read;

import vn.gov.sokhcn.kpi.system.OnPostgres;

/** The same read pages on PostgreSQL, where their queries (latest completed run, scoped IN lists) run there. */
@OnPostgres
class ReadPagesPostgresTest extends ReadPagesTest {
}
