package vn.gov.sokhcn.kpi.outcome.bonus;

import vn.gov.sokhcn.kpi.system.OnPostgres;

/** The tests of {@link BonusHttpTest} on PostgreSQL. */
@OnPostgres
class BonusHttpPostgresTest extends BonusHttpTest {
}
