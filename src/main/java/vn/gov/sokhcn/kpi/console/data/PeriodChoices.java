package vn.gov.sokhcn.kpi.console.data;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The periods the data page offers, newest first, the latest completed official run of one, and its run now RUNNING. */
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

    /** The run of a period now RUNNING (on any instance), as of its last heartbeat. */
    record RunningRun(long id, String startedBy, int percent, int peopleDone, int peopleTotal) {
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

    Optional<RunningRun> running(String period) {
        return jdbc.sql("""
                        SELECT r.id, r.started_by, r.progress_percent, r.people_done, r.people_total
                        FROM evaluation_runs r JOIN periods p ON p.id = r.period_id WHERE p.code = ? AND r.state = 'RUNNING'
                        """)
                .param(period)
                .query((rs, n) -> new RunningRun(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
                .optional();
    }

    static String label(String code, String kind) {
        return switch (kind) {
            case "MONTH" -> "Tháng " + code.substring(5) + "/" + code.substring(0, 4);
            case "QUARTER" -> "Quý " + code.substring(6) + "/" + code.substring(0, 4);
            default -> "Năm " + code;
        };
    }
}
