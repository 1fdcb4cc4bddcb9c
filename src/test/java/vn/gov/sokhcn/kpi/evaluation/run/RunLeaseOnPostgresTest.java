package vn.gov.sokhcn.kpi.evaluation.run;

import vn.gov.sokhcn.kpi.system.OnPostgres;

/** The tests of {@link RunLeaseHttpTest} on PostgreSQL (a partial unique index there, a generated column on H2). */
@OnPostgres
class RunLeaseOnPostgresTest extends RunLeaseHttpTest {
}
