package vn.gov.sokhcn.kpi.appraisal.worklist;

import vn.gov.sokhcn.kpi.system.OnPostgres;

/** The tests of {@link WorkListTest} on PostgreSQL. */
@OnPostgres
class WorkListPostgresTest extends WorkListTest {
}
