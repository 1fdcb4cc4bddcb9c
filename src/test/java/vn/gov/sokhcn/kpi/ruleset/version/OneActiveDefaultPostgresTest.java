package vn.gov.sokhcn.kpi.ruleset.version;

import vn.gov.sokhcn.kpi.system.OnPostgres;

/** The same tests as {@link OneActiveDefaultTest}, on PostgreSQL (a partial unique index there). */
@OnPostgres
class OneActiveDefaultPostgresTest extends OneActiveDefaultTest {
}
