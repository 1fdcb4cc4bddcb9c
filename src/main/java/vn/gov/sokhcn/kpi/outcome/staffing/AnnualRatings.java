package vn.gov.sokhcn.kpi.outcome.staffing;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.evaluation.facts.Rating;
import vn.gov.sokhcn.kpi.security.Visibility;

/**
 * People's annual ratings: for each YEAR period, the result in its latest completed run (the view
 * {@code latest_completed_runs}), for the people the user may see.
 */
@Component
class AnnualRatings {
    private final JdbcClient jdbc;

    AnnualRatings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A rated person of a year, with who they are now. */
    record Rated(String employee, String name, String unit, AnnualRating rating) {
    }

    List<Rated> between(int fromYear, int toYear, Visibility visibility) {
        Visibility.Condition visible = visibility.condition("e.id", "e.unit_id");
        return jdbc.sql("""
                SELECT e.code, e.full_name, u.code AS unit_code, p.start_date, rr.rating
                FROM run_results rr JOIN evaluation_runs r ON r.id = rr.run_id JOIN periods p ON p.id = r.period_id
                JOIN employees e ON e.id = rr.employee_id JOIN units u ON u.id = e.unit_id
                WHERE p.kind = 'YEAR' AND p.start_date >= :from AND p.start_date <= :to
                  AND r.id IN (SELECT run_id FROM latest_completed_runs)
                  AND\s""" + visible.sql() + " ORDER BY e.code, p.start_date")
                .param("from", LocalDate.of(fromYear, 1, 1)).param("to", LocalDate.of(toYear, 12, 31))
                .params(visible.params())
                .query((rs, n) -> new Rated(rs.getString("code"), rs.getString("full_name"), rs.getString("unit_code"),
                        new AnnualRating(rs.getString("code"), rs.getObject("start_date", LocalDate.class).getYear(),
                                Rating.valueOf(rs.getString("rating")))))
                .list();
    }
}
