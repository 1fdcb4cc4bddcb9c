package vn.gov.sokhcn.kpi.kpi.imports;

import vn.gov.sokhcn.kpi.system.OnPostgres;

/** The same tests as {@link ImportRoundTripTest}, with the service on PostgreSQL. */
@OnPostgres
class ImportRoundTripPostgresTest extends ImportRoundTripTest {
}
