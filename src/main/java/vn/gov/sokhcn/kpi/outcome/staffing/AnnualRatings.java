package vn.gov.sokhcn.kpi.outcome.staffing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.appraisal.decided.CountedRating;
import vn.gov.sokhcn.kpi.appraisal.decided.DecidedRatings;
import vn.gov.sokhcn.kpi.evaluation.facts.Rating;
import vn.gov.sokhcn.kpi.security.Visibility;

/**
 * People's annual ratings: for each YEAR period, the result in its latest completed run (the view
 * {@code latest_completed_runs}), replaced by the competent person's latest decision where an appraisal cycle of
 * the year has one ({@link DecidedRatings}), for the people the user may see.
 */
@Component
class AnnualRatings {
    private final JdbcClient jdbc;
    private final DecidedRatings decided;

    AnnualRatings(JdbcClient jdbc, DecidedRatings decided) {
        this.jdbc = jdbc;
        this.decided = decided;
    }

    /** A rated person of a year, with who they are now, and where the rating comes from. */
    record Rated(String employee, String name, String unit, AnnualRating rating, CountedRating counted) {
    }

    private record Row(long employeeId, String code, String name, String unit, int year, long periodId, long runId,
                       Rating rating) {
    }

    List<Rated> between(int fromYear, int toYear, Visibility visibility) {
        Visibility.Condition visible = visibility.condition("e.id", "e.unit_id");
        List<Row> rows = jdbc.sql("""
                SELECT e.id, e.code, e.full_name, u.code AS unit_code, p.start_date, p.id AS period_id, r.id AS run_id, rr.rating
                FROM run_results rr JOIN evaluation_runs r ON r.id = rr.run_id JOIN periods p ON p.id = r.period_id
                JOIN employees e ON e.id = rr.employee_id JOIN units u ON u.id = e.unit_id
                WHERE p.kind = 'YEAR' AND p.start_date >= :from AND p.start_date <= :to
                  AND r.id IN (SELECT run_id FROM latest_completed_runs)
                  AND\s""" + visible.sql() + " ORDER BY e.code, p.start_date")
                .param("from", LocalDate.of(fromYear, 1, 1)).param("to", LocalDate.of(toYear, 12, 31))
                .params(visible.params())
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("code"), rs.getString("full_name"),
                        rs.getString("unit_code"), rs.getObject("start_date", LocalDate.class).getYear(),
                        rs.getLong("period_id"), rs.getLong("run_id"), Rating.valueOf(rs.getString("rating"))))
                .list();
        Map<Long, Map<Long, Rating>> byPeriod = new LinkedHashMap<>();
        Map<Long, Long> runs = new HashMap<>();
        rows.forEach(r -> {
            byPeriod.computeIfAbsent(r.periodId(), k -> new HashMap<>()).put(r.employeeId(), r.rating());
            runs.put(r.periodId(), r.runId());
        });
        Map<Long, Map<Long, CountedRating>> counted = new HashMap<>();
        byPeriod.forEach((period, ratings) -> counted.put(period, decided.of(period, runs.get(period), ratings)));
        List<Rated> rated = new ArrayList<>();
        for (Row r : rows) {
            CountedRating c = counted.get(r.periodId()).get(r.employeeId());
            rated.add(new Rated(r.code(), r.name(), r.unit(), new AnnualRating(r.code(), r.year(), c.rating()), c));
        }
        return rated;
    }
}
