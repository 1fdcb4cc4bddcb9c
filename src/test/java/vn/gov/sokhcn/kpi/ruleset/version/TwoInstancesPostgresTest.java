package vn.gov.sokhcn.kpi.ruleset.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.sokhcn.kpi.KpiApplication;
import vn.gov.sokhcn.kpi.ruleset.RuleSetFiles;
import vn.gov.sokhcn.kpi.system.PostgresServer;

/**
 * Two instances of the service (two application contexts in this JVM) on one empty PostgreSQL schema, started at
 * the same time (issue 17). A hears changes only by LISTEN/NOTIFY (its poll is an hour apart), B only by polling
 * every second: an activation on either is in force on the other within 2 seconds, without a restart.
 */
@EnabledIf("vn.gov.sokhcn.kpi.system.PostgresServer#reachable")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesPostgresTest {
    private static final String ADMIN_PASSWORD = "Hai-may-chu-2026";
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;

    @BeforeAll
    static void startTwoInstancesAtOnceOnAnEmptyDatabase() {
        String schema = PostgresServer.freshSchema("kpi_test_" + ProcessHandle.current().pid() + "_instances");
        CompletableFuture<ConfigurableApplicationContext> first = CompletableFuture.supplyAsync(() -> start(schema, true, 3_600_000));
        CompletableFuture<ConfigurableApplicationContext> second = CompletableFuture.supplyAsync(() -> start(schema, false, 1000));
        a = first.join();
        b = second.join();
    }

    private static ConfigurableApplicationContext start(String schema, boolean listen, long pollMs) {
        // as arguments: they win over the test configuration (an in-memory H2, the demo users) as properties would not
        return new SpringApplicationBuilder(KpiApplication.class).run(
                "--spring.datasource.url=" + PostgresServer.urlFor(schema),
                "--spring.datasource.username=" + PostgresServer.USER,
                "--spring.datasource.password=" + PostgresServer.PASSWORD,
                "--spring.datasource.hikari.maximum-pool-size=4",
                "--server.port=0",
                "--kpi.security.demo-users=false",
                "--kpi.security.initial-admin-password=" + ADMIN_PASSWORD,
                "--kpi.rules.sync.listen=" + listen,
                "--kpi.rules.sync.poll-ms=" + pollMs);
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

    private static JdbcClient jdbc() {
        return a.getBean(JdbcClient.class);
    }

    /** A new DRAFT on the instance with the files of the default version in force there, activated there. */
    private static int activateNewVersionOn(ConfigurableApplicationContext instance) {
        RuleSetVersions versions = instance.getBean(RuleSetVersions.class);
        int base = instance.getBean(VersionStore.class).activeDefault().orElseThrow();
        RuleSetFiles files = versions.files(base);
        int draft = versions.draft(files, base, files, "kiểm thử", "Phiên bản mới").version();
        versions.activateAs("hr", draft, null, null);
        return draft;
    }

    private static long millisUntilInForce(ConfigurableApplicationContext instance, int version) throws InterruptedException {
        long start = System.nanoTime();
        ActiveRuleSet active = instance.getBean(ActiveRuleSet.class);
        while (active.get().version() != version && System.nanoTime() - start < Duration.ofSeconds(10).toNanos()) {
            Thread.sleep(20);
        }
        assertThat(active.get().version()).isEqualTo(version);
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }

    @Test
    @Order(1)
    void shouldStoreVersionOneAndTheFirstAdministratorOnceWhenTwoInstancesStartTogether() {
        assertThat(jdbc().sql("SELECT version || ' ' || state FROM rule_set_versions").query(String.class).list())
                .containsExactly("1 ACTIVE");
        assertThat(jdbc().sql("SELECT COUNT(*) FROM audit_events WHERE action = 'RULESET_ACTIVATED'").query(Long.class).single())
                .isOne();
        assertThat(jdbc().sql("SELECT username FROM app_users").query(String.class).list()).containsExactly("admin");
        assertThat(a.getBean(ActiveRuleSet.class).get().version()).isOne();
        assertThat(b.getBean(ActiveRuleSet.class).get().version()).isOne();
    }

    @Test
    @Order(2)
    void shouldPutAnActivationOnAInForceOnBWithinTwoSecondsByPolling() throws InterruptedException {
        int version = activateNewVersionOn(a);

        assertThat(millisUntilInForce(b, version)).isLessThan(2000);
    }

    @Test
    @Order(3)
    void shouldPutAnActivationOnBInForceOnAWithinTwoSecondsByNotify() throws InterruptedException {
        int version = activateNewVersionOn(b);

        assertThat(millisUntilInForce(a, version)).as("A polls once an hour: only the NOTIFY can bring it").isLessThan(2000);
    }

    @Test
    @Order(4)
    void shouldRefuseADraftOnAVersionNoLongerInForceNamingBoth() {
        int inForce = b.getBean(VersionStore.class).activeDefault().orElseThrow();
        RuleSetVersions versions = a.getBean(RuleSetVersions.class);
        RuleSetFiles files = versions.files(1);

        assertThatThrownBy(() -> versions.draft(files, 1, files, "kiểm thử", "Dựa trên bản cũ"))
                .isInstanceOf(StaleBaseException.class)
                .hasMessageStartingWith("Bản tải lên dựa trên phiên bản 1 nhưng phiên bản đang áp dụng là " + inForce + " ");
        assertThat(jdbc().sql("SELECT MAX(version) FROM rule_set_versions").query(Integer.class).single()).isEqualTo(inForce);
    }

    @Test
    @Order(5)
    void shouldShowTheSameProblemsOnBothInstancesFromTheStoredValidation() {
        int inForce = a.getBean(VersionStore.class).activeDefault().orElseThrow();

        assertThat(a.getBean(RuleSetVersions.class).problems(inForce)).isEmpty();
        assertThat(jdbc().sql("SELECT COUNT(*) FROM rule_set_validations WHERE version = ?").param(inForce)
                .query(Long.class).single()).isOne();
        assertThat(b.getBean(RuleSetVersions.class).problems(inForce)).isEmpty();
    }
}
