package vn.gov.sokhcn.kpi.kpi.indicator;

/** An indicator as shown; {@code objective} is its own or its CSF's, {@code perspective} that objective's. */
record IndicatorView(Long id, String code, String name, IndicatorKind kind, Polarity polarity, String unitOfMeasure,
                     Frequency frequency, String dataSource, OwnerLevel ownerLevel, String perspective, String objective,
                     String csf, String description) {
}
