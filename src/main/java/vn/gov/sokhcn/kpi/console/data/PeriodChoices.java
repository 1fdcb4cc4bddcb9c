package vn.gov.sokhcn.kpi.console.data;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The periods the data page offers, newest first, and the latest completed official run of one. */
@Component
class PeriodChoices {
    private final JdbcClient jdbc;

    PeriodChoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A period: its code and a Vietnamese label («Tháng 03/2026», «Quý 1/2026», «Năm 2026»). */
    record Period(String code, String label) {
    }

    /** The latest completed run of a period: its number, people evaluated, rule set version, when. */
    record LastRun(long id, int employees, Integer ruleSetVersion, String startedBy) {
    }

    List<Period> all() {
        return jdbc.sql("SELECT code, kind FROM periods ORDER BY start_date DESC, end_date, code")
                .query((rs, n) -> new Period(rs.getString(1), label(rs.getString(1), rs.getString(2)))).list();
    }

    Optional<LastRun> lastRun(String period) {
        return jdbc.sql("SELECT r.id, r.employee_count, r.rule_set_version, r.started_by FROM latest_completed_runs l "
                        + "JOIN evaluation_runs r ON r.id = l.run_id JOIN periods p ON p.id = l.period_id WHERE p.code = ?")
                .param(period)
                .query((rs, n) -> new LastRun(rs.getLong(1), rs.getInt(2), (Integer) rs.getObject(3, Integer.class), rs.getString(4)))
                .list().stream().findFirst();
    }

    static String label(String code, String kind) {
        return switch (kind) {
            case "MONTH" -> "Tháng " + code.substring(5) + "/" + code.substring(0, 4);
            case "QUARTER" -> "Quý " + code.substring(6) + "/" + code.substring(0, 4);
            default -> "Năm " + code;
        };
    }
}
