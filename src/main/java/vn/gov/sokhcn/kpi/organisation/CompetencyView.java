package vn.gov.sokhcn.kpi.organisation;

record CompetencyView(Long id, String code, String name, String description) {

    static CompetencyView of(Competency c) {
        return new CompetencyView(c.id(), c.code(), c.name(), c.description());
    }
}
