package vn.gov.sokhcn.kpi.appraisal.decided;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.evaluation.facts.Rating;

/**
 * The one way outcomes and reports learn which rating counts for a person in a period: where an appraisal cycle of
 * the period has a decision for the person (the view {@code latest_decisions}: the latest decision, after any
 * re-evaluation or upheld complaint), that decision counts as soon as it is taken, published or not; otherwise the
 * run's rating, as before cycles existed. Read with SQL only, so nothing here depends on how the procedure is run.
 */
@Component
public class DecidedRatings {
    private final JdbcClient jdbc;

    DecidedRatings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Appraised(long employeeId, Long decisionId, String rating, boolean published) {
    }

    /** A period's ratings: for each employee of {@code runRatings} (the run's), the rating that counts. */
    public Map<Long, CountedRating> of(long periodId, long runId, Map<Long, Rating> runRatings) {
        Map<Long, Appraised> appraised = new HashMap<>();
        jdbc.sql("""
                SELECT a.employee_id, d.decision_id, d.rating, d.published
                FROM appraisals a JOIN appraisal_cycles c ON c.id = a.cycle_id
                LEFT JOIN latest_decisions d ON d.appraisal_id = a.id
                WHERE c.period_id = ? ORDER BY a.employee_id, d.decided_at, d.decision_id""").param(periodId)
                .query((rs, n) -> new Appraised(rs.getLong(1), (Long) rs.getObject(2, Long.class), rs.getString(3),
                        rs.getBoolean(4)))
                .list().forEach(a -> appraised.merge(a.employeeId(), a, (old, now) -> now.decisionId() == null ? old : now));
        Map<Long, CountedRating> counted = new HashMap<>();
        runRatings.forEach((employee, proposed) -> counted.put(employee, counted(runId, proposed, appraised.get(employee))));
        return counted;
    }

    private static CountedRating counted(long runId, Rating proposed, Appraised appraised) {
        if (appraised == null) {
            return new CountedRating(proposed, proposed, RatingSource.RUN, null,
                    "theo lần đánh giá #" + runId + " (kỳ chưa mở đánh giá, xếp loại)", false);
        }
        if (appraised.decisionId() == null) {
            return new CountedRating(proposed, proposed, RatingSource.RUN, null,
                    "theo đề xuất (chưa quyết định) của lần đánh giá #" + runId, false);
        }
        Rating decided = Rating.valueOf(appraised.rating());
        String note = "theo quyết định #" + appraised.decisionId() + " của người có thẩm quyền ("
                + (appraised.published() ? "đã công bố" : "chưa công bố") + ")"
                + (decided == proposed ? "" : ", khác đề xuất " + proposed.shortName() + " của lần đánh giá #" + runId);
        return new CountedRating(decided, proposed, RatingSource.DECISION, appraised.decisionId(), note, appraised.published());
    }
}
