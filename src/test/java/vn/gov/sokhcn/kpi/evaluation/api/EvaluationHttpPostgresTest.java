package vn.gov.sokhcn.kpi.evaluation.api;

import vn.gov.sokhcn.kpi.system.OnPostgres;

/** The end-to-end evaluation path with the service on PostgreSQL (schema migrated by Flyway). */
@OnPostgres
class EvaluationHttpPostgresTest extends EvaluationHttpTest {
}
