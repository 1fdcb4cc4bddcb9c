package vn.gov.sokhcn.kpi.system;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The PostgreSQL server the {@link OnPostgres} tests use: {@code KPI_TEST_POSTGRES_URL} (default
 * the database {@code kpi_test} on loopback that {@code .ci/start-postgres} creates), role
 * {@code KPI_TEST_POSTGRES_USER}/{@code KPI_TEST_POSTGRES_PASSWORD} (default kpi/kpi). Where no
 * server answers the tests are skipped, except under CI, where a missing server is a failure.
 */
public final class PostgresServer {
    public static final String URL = env("KPI_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/kpi_test");
    public static final String USER = env("KPI_TEST_POSTGRES_USER", "kpi");
    public static final String PASSWORD = env("KPI_TEST_POSTGRES_PASSWORD", "kpi");
    private static Boolean reachable;
    private static boolean leftoversDropped;

    private PostgresServer() {
    }

    /** The condition of {@link OnPostgres}. */
    public static synchronized boolean reachable() {
        if (reachable == null) {
            try (Connection ignored = connect()) {
                reachable = true;
            } catch (SQLException e) {
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    throw new IllegalStateException("CI needs PostgreSQL at " + URL + " (.ci/start-postgres starts it)", e);
                }
                reachable = false;
            }
        }
        return reachable;
    }

    /** A new empty schema, so that each test context has a database of its own. */
    public static String freshSchema(String name) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            dropLeftoversOnce(statement);
            statement.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
            statement.execute("CREATE SCHEMA " + name);
            return name;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create schema " + name + " on " + URL, e);
        }
    }

    /** Schemas of earlier test runs, whose JVM (named in the schema) is gone; other runs may share the server. */
    private static synchronized void dropLeftoversOnce(Statement statement) throws SQLException {
        if (leftoversDropped) {
            return;
        }
        List<String> leftovers = new ArrayList<>();
        try (ResultSet schemas = statement.executeQuery(
                "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'kpi\\_test\\_%'")) {
            while (schemas.next()) {
                leftovers.add(schemas.getString(1));
            }
        }
        for (String schema : leftovers) {
            String[] parts = schema.split("_");
            boolean alive = parts.length == 4 && parts[2].chars().allMatch(Character::isDigit)
                    && ProcessHandle.of(Long.parseLong(parts[2])).isPresent();
            if (!alive) {
                dropLeftover(statement, schema);
            }
        }
        leftoversDropped = true;
    }

    /**
     * Best effort: the other test JVMs of the same run (surefire forks) clean up the same leftovers at the same time,
     * so a schema may already be gone, or be dropped by another JVM while this one waits for it.
     */
    private static void dropLeftover(Statement statement, String schema) {
        try {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            System.err.println("Leftover test schema " + schema + " not dropped here: " + e.getMessage());
        }
    }

    public static String urlFor(String schema) {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
