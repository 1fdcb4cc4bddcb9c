package vn.gov.sokhcn.kpi.demo;

/** What the generator needs to know of an indicator. */
record DemoIndicator(String code, String polarity, String unitOfMeasure, String dataSource) {

    static DemoIndicator of(DemoRow r) {
        return new DemoIndicator(r.text("code"), r.text("polarity"), r.optional("unit_of_measure"), r.optional("data_source"));
    }

    boolean percent() {
        return "%".equals(unitOfMeasure);
    }
}
