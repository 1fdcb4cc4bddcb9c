package vn.gov.sokhcn.kpi.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring test against the real PostgreSQL server of {@link PostgresServer}, in a schema of
 * its own that Flyway migrates from scratch. Put it on a subclass of an H2 test to run the same
 * tests on both databases.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@EnabledIf("vn.gov.sokhcn.kpi.system.PostgresServer#reachable")
@ContextConfiguration(initializers = PostgresSchemaInitializer.class)
public @interface OnPostgres {
}
