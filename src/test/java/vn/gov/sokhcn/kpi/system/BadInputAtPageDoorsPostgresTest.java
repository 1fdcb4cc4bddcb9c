package vn.gov.sokhcn.kpi.system;

/** The same tests as {@link BadInputAtPageDoorsTest}, with the service on PostgreSQL. */
@OnPostgres
class BadInputAtPageDoorsPostgresTest extends BadInputAtPageDoorsTest {
}
