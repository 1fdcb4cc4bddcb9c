package vn.gov.sokhcn.kpi.appraisal.publication;

import vn.gov.sokhcn.kpi.system.OnPostgres;

/** The published list and the form on PostgreSQL: the view latest_decisions, time zones and booleans there. */
@OnPostgres
class PublishedExportsPostgresTest extends PublishedExportsTest {
}
