package vn.gov.sokhcn.kpi.console.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.sokhcn.kpi.evaluation.run.Decision;
import vn.gov.sokhcn.kpi.evaluation.run.DecisionLookup;
import vn.gov.sokhcn.kpi.evaluation.run.ResultDetails;
import vn.gov.sokhcn.kpi.security.Scope;
import vn.gov.sokhcn.kpi.security.Visibility;

/**
 * The stored results of a run that the signed-in user may see (Scope: staff themselves, a unit head
 * their units, HR and experts everyone): people's and units' rows, in order of their code, each person
 * with their latest decision. A member of staff sees their row only once the period is published for
 * them (the same rule as the API's results); until then the pages show «Kết quả kỳ này chưa được công bố».
 */
@Component
public class StoredResults {
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Scope scope;
    private final DecisionLookup decisions;

    StoredResults(JdbcClient jdbc, JsonMapper json, Scope scope, DecisionLookup decisions) {
        this.jdbc = jdbc;
        this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        this.scope = scope;
        this.decisions = decisions;
    }

    /** Every visible row of the run, people and units. */
    public List<PersonResult> of(long runId) {
        return query(runId, "");
    }

    /** The visible people of the run. */
    public List<PersonResult> people(long runId) {
        return query(runId, " AND rr.employee_id IS NOT NULL");
    }

    /** Whether the signed-in member of staff has a result in the run that is not published yet. */
    public boolean unpublishedOwn(long runId) {
        Visibility visibility = scope.visibility();
        if (visibility.employeeId() == null) {
            return false;
        }
        boolean inRun = jdbc.sql("SELECT COUNT(*) FROM run_results WHERE run_id = ? AND employee_id = ?")
                .params(runId, visibility.employeeId()).query(Long.class).single() > 0;
        return inRun && people(runId).isEmpty();
    }

    private List<PersonResult> query(long runId, String more) {
        Visibility visibility = scope.visibility();
        boolean staff = visibility.employeeId() != null;
        Visibility.Condition visible = visibility.condition("rr.employee_id", "rr.unit_id");
        long periodId = jdbc.sql("SELECT period_id FROM evaluation_runs WHERE id = ?").param(runId).query(Long.class).single();
        Map<Long, Decision> decided = decisions.ofPeriod(periodId);
        return jdbc.sql("""
                SELECT rr.employee_id, rr.subject_code, rr.subject_name, rr.unit_id, u.code AS unit_code, u.name AS unit_name,
                       rr.staff_type, rr.score, rr.task_score, rr.general_score, rr.rating, rr.details
                FROM run_results rr JOIN units u ON u.id = rr.unit_id
                WHERE rr.run_id = :runId AND\s""" + visible.sql() + more + " ORDER BY rr.subject_code")
                .param("runId", runId).params(visible.params())
                .query((rs, n) -> {
                    ResultDetails d = json.readValue(rs.getString("details"), ResultDetails.class);
                    Long employeeId = rs.getObject("employee_id", Long.class);
                    return new PersonResult(rs.getString("subject_code"), rs.getString("subject_name"),
                            employeeId != null, rs.getLong("unit_id"), rs.getString("unit_code"),
                            rs.getString("unit_name"), rs.getString("staff_type"), rs.getBigDecimal("score"),
                            rs.getBigDecimal("task_score"), rs.getBigDecimal("general_score"), rs.getString("rating"),
                            d.achievements() == null ? new ArrayList<>() : d.achievements(),
                            d.reasons() == null ? new ArrayList<>() : d.reasons(),
                            employeeId == null ? null : decided.get(employeeId));
                })
                .list().stream()
                // Staff: nothing of a period before its publication, not even in counts and charts.
                .filter(r -> !staff || (r.decided() != null && r.decided().published()))
                .toList();
    }
}
