package vn.gov.sokhcn.kpi.ruleset.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.gov.sokhcn.kpi.KpiApplication;
import vn.gov.sokhcn.kpi.ruleset.RuleSetFiles;

/**
 * Two application contexts on one in-memory H2 database (issue 17): H2 has no LISTEN, so an activation on one
 * reaches the other by the poll of the change counter alone, within 2 seconds.
 */
class TwoInstancesOnH2Test {
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;

    @BeforeAll
    static void startTwoInstancesOnOneDatabase() {
        String url = "jdbc:h2:mem:kpi-two-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        a = start(url);
        b = start(url);
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(KpiApplication.class).run("--spring.datasource.url=" + url, "--server.port=0",
                "--kpi.rules.sync.poll-ms=1000");
    }

    @AfterAll
    static void stop() {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }

    @Test
    void shouldPutAnActivationOnOneInstanceInForceOnTheOtherWithinTwoSecondsByPolling() throws InterruptedException {
        assertThat(b.getBean(VersionStore.class).all()).as("the second start found version 1 stored").hasSize(1);
        RuleSetVersions versions = a.getBean(RuleSetVersions.class);
        RuleSetFiles files = versions.files(1);
        int draft = versions.draft(files, 1, files, "kiểm thử", "Phiên bản mới").version();
        versions.activateAs("hr", draft, null, null);

        long start = System.nanoTime();
        ActiveRuleSet onB = b.getBean(ActiveRuleSet.class);
        while (onB.get().version() != draft && System.nanoTime() - start < Duration.ofSeconds(10).toNanos()) {
            Thread.sleep(20);
        }
        assertThat(onB.get().version()).isEqualTo(draft);
        assertThat(Duration.ofNanos(System.nanoTime() - start).toMillis()).isLessThan(2000);
    }
}
