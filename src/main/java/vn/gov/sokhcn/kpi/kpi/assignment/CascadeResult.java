package vn.gov.sokhcn.kpi.kpi.assignment;

/** What a cascade did: assignments created, existing ones kept (skipped) and existing ones overwritten. */
record CascadeResult(String period, CascadeRequest.Level level, int created, int skipped, int overwritten) {
}
