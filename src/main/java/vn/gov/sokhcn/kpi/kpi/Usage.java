package vn.gov.sokhcn.kpi.kpi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.sokhcn.kpi.system.StillReferencedException;

/**
 * What still refers to a row about to be deleted: "Không xóa được chỉ số «KPI-01»: còn 3 giao chỉ tiêu".
 * Each count is a query; a delete goes ahead only when every count is 0.
 */
public final class Usage {
    private final JdbcClient jdbc;
    private final String subject;
    private final List<String> uses = new ArrayList<>();

    private Usage(JdbcClient jdbc, String subject) {
        this.jdbc = jdbc;
        this.subject = subject;
    }

    public static Usage of(JdbcClient jdbc, Ref ref, String code) {
        return new Usage(jdbc, ref.noun() + " «" + code + "»");
    }

    public static Usage of(JdbcClient jdbc, String subject) {
        return new Usage(jdbc, subject);
    }

    /** {@code sql} counts the referring rows; {@code what} names them in Vietnamese ("giao chỉ tiêu"). */
    public Usage count(String what, String sql, Map<String, ?> params) {
        long n = jdbc.sql(sql).params(params).query(Long.class).single();
        if (n > 0) {
            uses.add(n + " " + what);
        }
        return this;
    }

    public void refuseIfUsed() {
        if (!uses.isEmpty()) {
            throw new StillReferencedException("Không xóa được " + subject + ": còn " + String.join(", ", uses));
        }
    }
}
