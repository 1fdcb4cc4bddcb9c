package vn.gov.sokhcn.kpi.console.shared;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.kpi.period.PeriodKind;

/**
 * The periods that have a completed official run, each with its latest completed run (the view
 * {@code latest_completed_runs}, as the API's results use) and the rule set version that run used; the latest period first.
 */
@Component
public class OfficialPeriods {
    private final JdbcClient jdbc;

    OfficialPeriods(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A period with its latest completed run. */
    public record OfficialPeriod(String code, String kind, LocalDate start, LocalDate end, long runId,
                                 Integer ruleSetVersion) {
        /** «Tháng 2023-06», «Quý 2026-Q1», «Năm 2026». */
        public String label() {
            return switch (kind) {
                case "MONTH" -> "Tháng " + code;
                case "QUARTER" -> "Quý " + code;
                default -> "Năm " + code;
            };
        }
    }

    /** Latest end first; of periods ending together, the shorter (a month before its quarter). */
    public List<OfficialPeriod> all() {
        return jdbc.sql("""
                SELECT p.code, p.kind, p.start_date, p.end_date, r.id AS run_id, r.rule_set_version
                FROM periods p JOIN latest_completed_runs l ON l.period_id = p.id JOIN evaluation_runs r ON r.id = l.run_id
                ORDER BY p.end_date DESC, p.start_date DESC
                """)
                .query((rs, n) -> new OfficialPeriod(rs.getString("code"), rs.getString("kind"),
                        rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                        rs.getLong("run_id"), (Integer) rs.getObject("rule_set_version", Integer.class)))
                .list();
    }

    /** The period asked for when it has a completed run, else the latest one (empty when none has). */
    public Optional<OfficialPeriod> chosen(String code) {
        List<OfficialPeriod> all = all();
        return all.stream().filter(p -> p.code().equals(code)).findFirst().or(() -> all.stream().findFirst());
    }

    /**
     * The months with a completed run of the year {@code period} starts in and of its regime (the pilot's months, or
     * the regular ones), in calendar order: the pilot of 2023 is not a trend of 2026.
     */
    public List<OfficialPeriod> monthsLike(OfficialPeriod period) {
        java.util.Set<String> sameRegime = java.util.Set.copyOf(jdbc.sql("""
                SELECT code FROM periods WHERE kind = 'MONTH' AND pilot = (SELECT pilot FROM periods WHERE code = :code)""")
                .param("code", period.code()).query(String.class).list());
        return all().stream().filter(p -> PeriodKind.MONTH.name().equals(p.kind()))
                .filter(p -> p.start().getYear() == period.start().getYear() && sameRegime.contains(p.code()))
                .sorted(java.util.Comparator.comparing(OfficialPeriod::start)).toList();
    }

    /** Whether a period is one of the pilot's. */
    public boolean pilot(OfficialPeriod period) {
        return jdbc.sql("SELECT pilot FROM periods WHERE code = :code").param("code", period.code()).query(Boolean.class).single();
    }
}
