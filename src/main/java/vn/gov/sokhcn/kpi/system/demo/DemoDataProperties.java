package vn.gov.sokhcn.kpi.system.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code kpi.demo-data.*}: load the demo Department into an empty database ({@code enabled}, also read by
 * {@code @ConditionalOnProperty} on {@link DemoDataInitializer}) and run its periods at start ({@code run-periods}).
 */
@ConfigurationProperties("kpi.demo-data")
record DemoDataProperties(boolean enabled, boolean runPeriods) {
}
