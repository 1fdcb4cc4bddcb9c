package vn.gov.sokhcn.kpi.console.shared;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.sokhcn.kpi.evaluation.run.ResultDetails;
import vn.gov.sokhcn.kpi.security.Scope;
import vn.gov.sokhcn.kpi.security.Visibility;

/**
 * The stored results of a run that the signed-in user may see (Scope: staff themselves, a unit head
 * their units, HR and experts everyone): people's and units' rows, in order of their code.
 */
@Component
public class StoredResults {
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Scope scope;

    StoredResults(JdbcClient jdbc, JsonMapper json, Scope scope) {
        this.jdbc = jdbc;
        this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        this.scope = scope;
    }

    /** Every visible row of the run, people and units. */
    public List<PersonResult> of(long runId) {
        return query(runId, "");
    }

    /** The visible people of the run. */
    public List<PersonResult> people(long runId) {
        return query(runId, " AND rr.employee_id IS NOT NULL");
    }

    private List<PersonResult> query(long runId, String more) {
        Visibility.Condition visible = scope.visibility().condition("rr.employee_id", "rr.unit_id");
        return jdbc.sql("""
                SELECT rr.employee_id, rr.subject_code, rr.subject_name, rr.unit_id, u.code AS unit_code, u.name AS unit_name,
                       rr.staff_type, rr.score, rr.task_score, rr.general_score, rr.rating, rr.details
                FROM run_results rr JOIN units u ON u.id = rr.unit_id
                WHERE rr.run_id = :runId AND\s""" + visible.sql() + more + " ORDER BY rr.subject_code")
                .param("runId", runId).params(visible.params())
                .query((rs, n) -> {
                    ResultDetails d = json.readValue(rs.getString("details"), ResultDetails.class);
                    return new PersonResult(rs.getString("subject_code"), rs.getString("subject_name"),
                            rs.getObject("employee_id") != null, rs.getLong("unit_id"), rs.getString("unit_code"),
                            rs.getString("unit_name"), rs.getString("staff_type"), rs.getBigDecimal("score"),
                            rs.getBigDecimal("task_score"), rs.getBigDecimal("general_score"), rs.getString("rating"),
                            d.achievements() == null ? new ArrayList<>() : d.achievements(),
                            d.reasons() == null ? new ArrayList<>() : d.reasons());
                })
                .list();
    }
}
