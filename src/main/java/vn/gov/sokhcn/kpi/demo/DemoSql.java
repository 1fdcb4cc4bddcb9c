package vn.gov.sokhcn.kpi.demo;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Batch inserts whose column types follow from the first row that has a value (nulls need a type on PostgreSQL). */
final class DemoSql {
    /** Rows per multi-row INSERT: far fewer statements than one per row, and well below any driver's limit on parameters. */
    private static final int CHUNK = 200;

    private DemoSql() {
    }

    /** Inserts many rows with multi-row {@code INSERT ... VALUES (...), (...)} statements (standard SQL). */
    static void insert(JdbcTemplate jdbc, String table, String columns, int[] types, List<Object[]> rows) {
        String one = "(" + "?, ".repeat(types.length - 1) + "?)";
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            Object[] args = new Object[chunk.size() * types.length];
            int[] argTypes = new int[args.length];
            for (int r = 0; r < chunk.size(); r++) {
                System.arraycopy(chunk.get(r), 0, args, r * types.length, types.length);
                System.arraycopy(types, 0, argTypes, r * types.length, types.length);
            }
            jdbc.update("INSERT INTO " + table + " (" + columns + ") VALUES " + String.join(", ", java.util.Collections.nCopies(chunk.size(), one)),
                    args, argTypes);
        }
    }

    static void batch(JdbcTemplate jdbc, String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int[] types = new int[rows.get(0).length];
        for (int i = 0; i < types.length; i++) {
            types[i] = Types.VARCHAR;
            for (Object[] row : rows) {
                if (row[i] != null) {
                    types[i] = typeOf(row[i]);
                    break;
                }
            }
        }
        jdbc.batchUpdate(sql, rows, types);
    }

    private static int typeOf(Object value) {
        if (value instanceof Boolean) {
            return Types.BOOLEAN;
        }
        if (value instanceof Integer) {
            return Types.INTEGER;
        }
        if (value instanceof Long) {
            return Types.BIGINT;
        }
        if (value instanceof BigDecimal) {
            return Types.NUMERIC;
        }
        if (value instanceof LocalDate) {
            return Types.DATE;
        }
        if (value instanceof OffsetDateTime) {
            return Types.TIMESTAMP_WITH_TIMEZONE;
        }
        return Types.VARCHAR;
    }
}
