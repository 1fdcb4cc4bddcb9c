package vn.gov.sokhcn.kpi.kpi;

import vn.gov.sokhcn.kpi.system.OnPostgres;

/** The same tests as {@link GeneralCriteriaApiTest}, with the service on PostgreSQL. */
@OnPostgres
class GeneralCriteriaApiPostgresTest extends GeneralCriteriaApiTest {
}
