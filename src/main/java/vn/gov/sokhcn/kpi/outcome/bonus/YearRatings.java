package vn.gov.sokhcn.kpi.outcome.bonus;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.appraisal.decided.CountedRating;
import vn.gov.sokhcn.kpi.appraisal.decided.DecidedRatings;
import vn.gov.sokhcn.kpi.evaluation.facts.Rating;
import vn.gov.sokhcn.kpi.system.ConflictException;

/**
 * The year's ratings: each person's result in the latest completed official run ({@code latest_completed_runs}) of the
 * YEAR period, replaced by the competent person's latest decision where an appraisal cycle of the year has one.
 */
@Component
class YearRatings {
    private final JdbcClient jdbc;
    private final DecidedRatings decided;

    YearRatings(JdbcClient jdbc, DecidedRatings decided) {
        this.jdbc = jdbc;
        this.decided = decided;
    }

    record YearRun(long runId, String period, Map<Long, CountedRating> ratings) {
    }

    YearRun of(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        record Run(long id, String period, long periodId) {
        }
        Run run = jdbc.sql("""
                SELECT l.run_id, p.code, p.id FROM latest_completed_runs l JOIN periods p ON p.id = l.period_id
                WHERE p.kind = 'YEAR' AND p.start_date = ?""").param(first)
                .query((rs, n) -> new Run(rs.getLong(1), rs.getString(2), rs.getLong(3))).list().stream().findFirst()
                .orElseThrow(() -> new ConflictException("Chưa có lần đánh giá chính thức đã hoàn tất (COMPLETED) của kỳ năm "
                        + year + " (kỳ loại YEAR bắt đầu " + first + "); hãy chạy đánh giá kỳ năm " + year + " trước khi tính thưởng."));
        Map<Long, Rating> ratings = new HashMap<>();
        jdbc.sql("SELECT employee_id, rating FROM run_results WHERE run_id = ? AND employee_id IS NOT NULL").param(run.id())
                .query((rs, n) -> Map.entry(rs.getLong(1), Rating.valueOf(rs.getString(2)))).list()
                .forEach(e -> ratings.put(e.getKey(), e.getValue()));
        return new YearRun(run.id(), run.period(), decided.of(run.periodId(), run.id(), ratings));
    }
}
