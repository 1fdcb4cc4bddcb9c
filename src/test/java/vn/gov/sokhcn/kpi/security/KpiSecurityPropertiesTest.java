package vn.gov.sokhcn.kpi.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import vn.gov.sokhcn.kpi.kpi.period.PilotMonths;
import vn.gov.sokhcn.kpi.system.limits.HttpProperties;
import vn.gov.sokhcn.kpi.system.limits.ImportProperties;
import vn.gov.sokhcn.kpi.system.limits.RuleSetProperties;

/**
 * The configuration records bind the property names of application.properties with the same defaults
 * the code had, and refuse at start a value out of its range, naming the property.
 */
class KpiSecurityPropertiesTest {
    @Configuration
    @EnableConfigurationProperties({KpiSecurityProperties.class, HttpProperties.class, ImportProperties.class,
            RuleSetProperties.class, PilotMonths.class})
    static class Bound {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Bound.class)
            .withPropertyValues("kpi.http.max-json-body-size=52MB");

    @Test
    void shouldKeepTheDefaultsWhenNothingIsSet() {
        context.run(c -> {
            assertThat(c).hasNotFailed();
            assertThat(c.getBean(KpiSecurityProperties.class)).isEqualTo(new KpiSecurityProperties(10, 8, false, "",
                    new KpiSecurityProperties.Throttle(5, Duration.ofMinutes(5)), false));
            assertThat(c.getBean(ImportProperties.class).maxFileSize()).isEqualTo(DataSize.ofMegabytes(5));
            assertThat(c.getBean(RuleSetProperties.class).maxFileSize()).isEqualTo(DataSize.ofMegabytes(5));
            assertThat(c.getBean(PilotMonths.class).contain(java.time.LocalDate.of(2023, 5, 1),
                    java.time.LocalDate.of(2023, 5, 31))).isFalse();
        });
    }

    @Test
    void shouldBindThePropertyNamesOfTheApplicationProperties() {
        context.withPropertyValues("kpi.security.bcrypt-strength=4", "kpi.security.password-min-length=12",
                "kpi.security.demo-users=true", "kpi.security.initial-admin-password=Mat-khau-1",
                "kpi.security.login-throttle.max-failures=3", "kpi.security.login-throttle.window=2m",
                "kpi.security.api-docs-public=true", "kpi.imports.max-file-size=2MB", "kpi.pilot.from=2023-05-01",
                "kpi.pilot.to=2023-07-31").run(c -> {
                    assertThat(c.getBean(KpiSecurityProperties.class)).isEqualTo(new KpiSecurityProperties(4, 12, true,
                            "Mat-khau-1", new KpiSecurityProperties.Throttle(3, Duration.ofMinutes(2)), true));
                    assertThat(c.getBean(HttpProperties.class).maxJsonBodySize()).isEqualTo(DataSize.ofMegabytes(52));
                    assertThat(c.getBean(ImportProperties.class).maxFileSize()).isEqualTo(DataSize.ofMegabytes(2));
                    assertThat(c.getBean(PilotMonths.class).contain(java.time.LocalDate.of(2023, 5, 1),
                            java.time.LocalDate.of(2023, 5, 31))).isTrue();
                });
    }

    @Test
    void shouldRefuseToStartWithAValueOutOfItsRange() {
        context.withPropertyValues("kpi.security.bcrypt-strength=3").run(c -> assertThat(c).hasFailed()
                .getFailure().rootCause().hasMessageContaining("kpi.security").hasMessageContaining("bcryptStrength"));
        context.withPropertyValues("kpi.security.login-throttle.max-failures=0").run(c -> assertThat(c).hasFailed()
                .getFailure().rootCause().hasMessageContaining("loginThrottle.maxFailures"));
    }

    @Test
    void shouldRefuseToStartWithoutTheJsonBodyLimit() {
        new ApplicationContextRunner().withUserConfiguration(Bound.class).run(c -> assertThat(c).hasFailed()
                .getFailure().rootCause().hasMessageContaining("maxJsonBodySize"));
    }
}
