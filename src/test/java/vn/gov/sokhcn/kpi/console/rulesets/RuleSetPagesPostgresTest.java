package vn.gov.sokhcn.kpi.console.rulesets;

import vn.gov.sokhcn.kpi.system.OnPostgres;

/** The same tests as {@link RuleSetPagesTest}, with the service on PostgreSQL. */
@OnPostgres
class RuleSetPagesPostgresTest extends RuleSetPagesTest {
}
