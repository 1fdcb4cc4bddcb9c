package vn.gov.sokhcn.kpi.system.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An embedded H2 file database that closed under the pool (here by SHUTDOWN; in the issue by H2 itself) used to
 * fail every request until a restart: Hikari kept its connections, whose error 90098 it does not know as lost.
 * With {@link EvictBrokenConnections} the failed connection leaves the pool and the next one opens the file again.
 */
class ClosedDatabaseReopensTest {
    @TempDir
    Path dir;

    @Test
    void shouldOpenTheDatabaseAgainOnTheNextRequestAfterItClosed() {
        try (HikariDataSource pool = pool(dir.resolve("kpi"))) {
            JdbcTemplate jdbc = new JdbcTemplate(pool);
            jdbc.execute("create table units(code varchar(64) primary key)");
            jdbc.update("insert into units values('QLKH')");

            jdbc.execute("shutdown");
            Throwable failed = catchThrowable(() -> jdbc.update("insert into units values('TCCB')"));

            assertThat(failed).satisfiesAnyOf(f -> assertThat(f).isNull(),
                    f -> assertThat(DatabaseFailures.isUnavailable(f)).isTrue());
            jdbc.update("merge into units key(code) values('TCCB')");
            assertThat(jdbc.queryForList("select code from units order by code", String.class))
                    .containsExactly("QLKH", "TCCB");
        }
    }

    private static HikariDataSource pool(Path file) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl("jdbc:h2:file:" + file + ";AUTO_SERVER=FALSE");
        pool.setUsername("sa");
        pool.setMaximumPoolSize(1);
        pool.setExceptionOverrideClassName(EvictBrokenConnections.class.getName());
        return pool;
    }
}
