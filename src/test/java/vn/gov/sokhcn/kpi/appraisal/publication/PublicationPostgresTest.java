package vn.gov.sokhcn.kpi.appraisal.publication;

import vn.gov.sokhcn.kpi.system.OnPostgres;

/** What staff, heads and HR read of a period before and after publication, on PostgreSQL. */
@OnPostgres
class PublicationPostgresTest extends PublicationHttpTest {
}
