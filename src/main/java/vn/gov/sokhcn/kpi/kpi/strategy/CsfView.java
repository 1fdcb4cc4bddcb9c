package vn.gov.sokhcn.kpi.kpi.strategy;

record CsfView(Long id, String code, String name, String objective) {
}
