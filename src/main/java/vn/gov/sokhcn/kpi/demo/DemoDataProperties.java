package vn.gov.sokhcn.kpi.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code kpi.demo-data.*}: run the demo Department's periods at start ({@code run-periods}); then close the
 * year 2026 and take it through the appraisal procedure ({@code appraisal}, with {@code run-periods} only).
 * Whether it is loaded at all ({@code kpi.demo-data.enabled}) decides whether {@link DemoDataInitializer}
 * exists, so that one stays with its {@code @ConditionalOnProperty}.
 */
@ConfigurationProperties("kpi.demo-data")
record DemoDataProperties(boolean runPeriods, boolean appraisal) {
}
