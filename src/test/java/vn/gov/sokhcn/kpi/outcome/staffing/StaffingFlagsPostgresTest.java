package vn.gov.sokhcn.kpi.outcome.staffing;

import vn.gov.sokhcn.kpi.system.OnPostgres;

@OnPostgres
class StaffingFlagsPostgresTest extends StaffingFlagsTest {
}
