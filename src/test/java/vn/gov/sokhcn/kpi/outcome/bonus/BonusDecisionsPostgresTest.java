package vn.gov.sokhcn.kpi.outcome.bonus;

import vn.gov.sokhcn.kpi.system.OnPostgres;

/** The tests of {@link BonusDecisionsTest} on PostgreSQL. */
@OnPostgres
class BonusDecisionsPostgresTest extends BonusDecisionsTest {
}
