package vn.gov.sokhcn.kpi.organisation;

/** A unit as the API shows it: {@code parent} is the parent's code. */
record UnitView(Long id, String code, String name, String parent, boolean agency, int sortOrder) {

    static UnitView of(Unit unit, String parentCode) {
        return new UnitView(unit.id(), unit.code(), unit.name(), parentCode, unit.agency(), unit.sortOrder());
    }
}
