package vn.gov.sokhcn.kpi.system;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points a test context at a fresh schema of the PostgreSQL test server. */
class PostgresSchemaInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    private static final AtomicInteger CONTEXTS = new AtomicInteger();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String schema = PostgresServer.freshSchema("kpi_test_" + ProcessHandle.current().pid() + "_" + CONTEXTS.incrementAndGet());
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgres-test", Map.of(
                "spring.datasource.url", PostgresServer.urlFor(schema),
                "spring.datasource.username", PostgresServer.USER,
                "spring.datasource.password", PostgresServer.PASSWORD,
                // Many test contexts stay cached at once and each pool takes server connection slots: an idle
                // context keeps one connection (only here: on H2, retired connections broke its CHECK constraints).
                "spring.datasource.hikari.minimum-idle", "1",
                "spring.datasource.hikari.maximum-pool-size", "8",
                "spring.datasource.hikari.idle-timeout", "10000")));
    }
}
