package vn.gov.sokhcn.kpi;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import vn.gov.sokhcn.kpi.system.PostgresServer;

/**
 * A new, empty database {@code kpi_two_<random>} owned by the test role on the server of {@link PostgresServer},
 * created and dropped by its superuser ({@code KPI_TEST_POSTGRES_SUPERUSER}, default {@code postgres}, which
 * {@code .ci/start-postgres} lets in over loopback; password {@code KPI_TEST_POSTGRES_SUPERUSER_PASSWORD}). A
 * database of its own: the advisory lock of the first start and the NOTIFY channel are per database. Where the
 * superuser cannot sign in over TCP (a server whose own cluster allows it only through its socket), a fresh schema of
 * the test database instead ({@link PostgresServer#freshSchema}), which its own tests then share the lock and channel with.
 */
final class ScratchPostgresDatabase implements AutoCloseable {
    private static final String SUPERUSER = env("KPI_TEST_POSTGRES_SUPERUSER", "postgres");
    private static final String SUPERUSER_PASSWORD = env("KPI_TEST_POSTGRES_SUPERUSER_PASSWORD", "");

    private final String name;
    private final boolean schemaOnly;

    private ScratchPostgresDatabase(String name, boolean schemaOnly) {
        this.name = name;
        this.schemaOnly = schemaOnly;
    }

    static ScratchPostgresDatabase create() throws SQLException {
        String name = "kpi_two_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        try (Connection connection = superuser(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " OWNER " + PostgresServer.USER);
            return new ScratchPostgresDatabase(name, false);
        } catch (SQLException noSuperuser) {
            System.out.println("[ScratchPostgresDatabase] no database of its own (" + noSuperuser.getMessage()
                    + "): a schema of " + PostgresServer.URL);
            return new ScratchPostgresDatabase(PostgresServer.freshSchema("kpi_test_" + ProcessHandle.current().pid() + "_twojars"), true);
        }
    }

    /** The JDBC URL of this database (the test server's URL with its database name replaced), or of the schema. */
    String url() {
        return schemaOnly ? PostgresServer.urlFor(name) : withDatabase(name);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), PostgresServer.USER, PostgresServer.PASSWORD);
    }

    /** Drops the database (even while a killed instance's connections linger), or the schema. */
    @Override
    public void close() throws SQLException {
        if (schemaOnly) {
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
            }
            return;
        }
        try (Connection connection = superuser(); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private static Connection superuser() throws SQLException {
        return DriverManager.getConnection(withDatabase("postgres"), SUPERUSER, SUPERUSER_PASSWORD);
    }

    private static String withDatabase(String database) {
        String url = PostgresServer.URL;
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + (query < 0 ? "" : url.substring(query));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
