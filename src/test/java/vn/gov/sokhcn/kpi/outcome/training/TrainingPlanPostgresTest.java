package vn.gov.sokhcn.kpi.outcome.training;

import vn.gov.sokhcn.kpi.system.OnPostgres;

@OnPostgres
class TrainingPlanPostgresTest extends TrainingPlanTest {
}
