package vn.gov.sokhcn.kpi.console.report;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.security.Scope;
import vn.gov.sokhcn.kpi.security.Visibility;

/**
 * The choices of the report form: every stored period (months, then quarters, then years), the period shown when the
 * page opens, and the units the user may see.
 */
@Component
class ReportChoices {
    private final JdbcClient jdbc;
    private final Scope scope;

    ReportChoices(JdbcClient jdbc, Scope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    record Option(String code, String label) {
    }

    List<Option> periods() {
        return jdbc.sql("""
                SELECT code, kind FROM periods
                ORDER BY CASE kind WHEN 'MONTH' THEN 0 WHEN 'QUARTER' THEN 1 ELSE 2 END, start_date, code""")
                .query((rs, n) -> new Option(rs.getString(1), label(rs.getString(1), rs.getString(2)))).list();
    }

    /** The period the page opens with: the latest month with a completed run (else quarter, else year), if any. */
    java.util.Optional<String> latest() {
        return jdbc.sql("""
                SELECT p.code FROM periods p JOIN latest_completed_runs l ON l.period_id = p.id
                ORDER BY CASE p.kind WHEN 'MONTH' THEN 0 WHEN 'QUARTER' THEN 1 ELSE 2 END, p.end_date DESC, p.code DESC""")
                .query(String.class).list().stream().findFirst();
    }

    List<Option> units() {
        Visibility visibility = scope.visibility();
        return jdbc.sql("SELECT id, code, name FROM units ORDER BY sort_order, code")
                .query((rs, n) -> visibility.seesUnit(rs.getLong(1)) ? new Option(rs.getString(2), rs.getString(3)) : null)
                .list().stream().filter(java.util.Objects::nonNull).toList();
    }

    private static String label(String code, String kind) {
        return switch (kind) {
            case "MONTH" -> "Tháng " + code.substring(5) + "/" + code.substring(0, 4);
            case "QUARTER" -> "Quý " + code.substring(6) + "/" + code.substring(0, 4);
            case "YEAR" -> "Năm " + code;
            default -> code;
        };
    }
}
