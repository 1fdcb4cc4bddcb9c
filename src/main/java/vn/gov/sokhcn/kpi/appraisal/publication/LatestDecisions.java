package vn.gov.sokhcn.kpi.appraisal.publication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.evaluation.facts.Rating;
import vn.gov.sokhcn.kpi.evaluation.run.Decision;
import vn.gov.sokhcn.kpi.evaluation.run.DecisionLookup;

/** The latest decisions, read from the view {@code latest_decisions} (the one meaning of "the decided rating"). */
@Component
class LatestDecisions implements DecisionLookup {
    private static final String SELECT = """
            SELECT employee_id, period_id, rating, decided_by, decided_at, reason, decision_id, appraisal_id, published
            FROM latest_decisions
            """;

    private final JdbcClient jdbc;

    LatestDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, Decision> ofPeriod(long periodId) {
        Map<Long, Decision> out = new HashMap<>();
        jdbc.sql(SELECT + " WHERE period_id = ?").param(periodId)
                .query((ResultSet rs) -> {
                    out.put(rs.getLong("employee_id"), decision(rs));
                });
        return out;
    }

    @Override
    public Map<Long, Decision> ofEmployee(long employeeId) {
        Map<Long, Decision> out = new HashMap<>();
        jdbc.sql(SELECT + " WHERE employee_id = ?").param(employeeId)
                .query((ResultSet rs) -> {
                    out.put(rs.getLong("period_id"), decision(rs));
                });
        return out;
    }

    static Decision decision(ResultSet rs) throws SQLException {
        String rating = rs.getString("rating");
        return new Decision(rating, Rating.valueOf(rating).label(), rs.getString("decided_by"),
                rs.getObject("decided_at", OffsetDateTime.class), rs.getString("reason"), rs.getLong("decision_id"),
                rs.getLong("appraisal_id"), rs.getBoolean("published"));
    }
}
