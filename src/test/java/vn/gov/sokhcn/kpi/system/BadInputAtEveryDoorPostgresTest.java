package vn.gov.sokhcn.kpi.system;

/** The same tests as {@link BadInputAtEveryDoorTest}, with the service on PostgreSQL. */
@OnPostgres
class BadInputAtEveryDoorPostgresTest extends BadInputAtEveryDoorTest {
}
