package vn.gov.sokhcn.kpi.kpi;

import vn.gov.sokhcn.kpi.system.OnPostgres;

/** The same tests as {@link MeasurementApiTest}, with the service on PostgreSQL. */
@OnPostgres
class MeasurementApiPostgresTest extends MeasurementApiTest {
}
