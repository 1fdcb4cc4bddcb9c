package vn.gov.sokhcn.kpi.appraisal;

import vn.gov.sokhcn.kpi.system.OnPostgres;

@OnPostgres
class AppraisalProcedurePostgresTest extends AppraisalProcedureTest {
}
