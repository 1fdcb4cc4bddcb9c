package vn.gov.sokhcn.kpi.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What is stored, as one value per table: its row count and a SHA-256 of its rows (each row's columns as text,
 * rows sorted, so the order the database returns them in does not matter). Two fingerprints are equal exactly
 * when no row was added, removed or changed. Flyway's history and the audit log (which records refusals) are left out.
 */
public final class StoredFingerprint {
    /** Not stored data: the schema's history, the log, console sessions (a sign-in writes them) and instance locks. */
    private static final Set<String> LEFT_OUT = Set.of("flyway_schema_history", "audit_events", "spring_session",
            "spring_session_attributes", "int_lock");

    private StoredFingerprint() {
    }

    public static Map<String, String> of(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Map<String, String> tables = new TreeMap<>();
        for (String table : tables(dataSource)) {
            List<String> rows = jdbc.query("SELECT * FROM " + table, (rs, i) -> row(rs));
            rows.sort(null);
            tables.put(table, rows.size() + " rows, " + sha256(String.join("\n", rows)));
        }
        return tables;
    }

    private static List<String> tables(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             ResultSet rs = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), "%",
                     new String[] {"TABLE"})) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!LEFT_OUT.contains(name)) {
                    names.add(name);
                }
            }
            if (names.isEmpty()) {
                throw new IllegalStateException("no tables found in schema " + connection.getSchema());
            }
            return names;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String row(ResultSet rs) throws SQLException {
        StringBuilder row = new StringBuilder();
        for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
            row.append(rs.getString(c)).append('\u001f');
        }
        return row.toString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
