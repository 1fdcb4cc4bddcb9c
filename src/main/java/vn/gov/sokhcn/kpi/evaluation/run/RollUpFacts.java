package vn.gov.sokhcn.kpi.evaluation.run;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Employee;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.MonthScore;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Unit;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.UnitMonth;

/**
 * The request of a quarter or year rolled up from the latest completed run of each of its months
 * ({@link MonthRuns}): every person who worked in at least one month, with the scores of the months
 * worked ({@link RolledUpPerson}); every unit of the organisation (sanctions of the year up to the
 * period's end), those scored in some month with their monthly results (score and the shares of
 * assignments completed, exceeded, on time and at quality); discipline of the year up to the
 * period's end; the period's own quota exemptions. No assignments: the months scored them.
 */
@Component
class RollUpFacts {
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final StoredUnits storedUnits;
    private final StoredPeriodFacts periods;

    RollUpFacts(JdbcClient jdbc, JsonMapper json, StoredUnits storedUnits, StoredPeriodFacts periods) {
        this.jdbc = jdbc;
        // Stored JSON of past runs stays readable after a field is dropped; only requests refuse unknown fields.
        this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        this.storedUnits = storedUnits;
        this.periods = periods;
    }

    PeriodInputs read(StoredPeriod period, List<MonthRuns.MonthRun> months) {
        Map<String, RolledUpPerson> people = new TreeMap<>();
        Map<String, List<UnitMonth>> unitMonths = new HashMap<>();
        for (MonthRuns.MonthRun month : months) {
            EvaluationRequest asEvaluated = json.readValue(jdbc.sql("SELECT inputs FROM evaluation_runs WHERE id = :id")
                    .param("id", month.runId()).query(String.class).single(), EvaluationRequest.class);
            Map<String, Employee> employees = new HashMap<>();
            asEvaluated.employees().forEach(e -> employees.put(e.id(), e));
            jdbc.sql("""
                    SELECT subject_code, employee_id, score, task_score, general_score,
                           CASE WHEN employee_id IS NULL THEN details END AS unit_details
                    FROM run_results WHERE run_id = :runId
                    """)
                    .param("runId", month.runId())
                    .query(rs -> {
                        String code = rs.getString("subject_code");
                        Double score = StoredValues.number(rs, "score");
                        long employeeId = rs.getLong("employee_id");
                        if (!rs.wasNull()) {
                            people.computeIfAbsent(code, c -> new RolledUpPerson(employeeId)).add(employees.get(code), new MonthScore(month.period(), score,
                                            StoredValues.number(rs, "task_score"), StoredValues.number(rs, "general_score")));
                        } else if (score != null) {
                            ResultDetails.UnitShares s = json.readValue(rs.getString("unit_details"), ResultDetails.class).shares();
                            unitMonths.computeIfAbsent(code, c -> new ArrayList<>()).add(new UnitMonth(month.period(), score,
                                    number(s.completedPercent()), number(s.exceededPercent()), number(s.onTimeAndQualityPercent())));
                        }
                    });
        }
        StoredUnits.Read units = storedUnits.read(period);
        List<Unit> rolledUnits = units.units().stream().map(u -> new Unit(u.code(), u.name(), u.parent(), u.sanctioned(),
                u.agency(), unitMonths.get(u.code()))).toList();
        Set<String> disciplined = new HashSet<>();
        Set<String> degradation = new HashSet<>();
        jdbc.sql("""
                SELECT e.code, d.kind FROM discipline_records d JOIN employees e ON e.id = d.employee_id
                WHERE d.decided_on BETWEEN :yearStart AND :periodEnd
                """)
                .param("yearStart", period.yearStart()).param("periodEnd", period.end())
                .query(rs -> {
                    ("DEGRADATION".equals(rs.getString("kind")) ? degradation : disciplined).add(rs.getString("code"));
                });
        Map<String, Long> ids = new LinkedHashMap<>();
        List<Employee> employees = new ArrayList<>();
        people.forEach((code, person) -> {
            if (person.worked()) {
                ids.put(code, person.id());
                employees.add(person.employee(disciplined.contains(code), degradation.contains(code)));
            }
        });
        EvaluationRequest request = new EvaluationRequest(
                new EvaluationRequest.Period(period.code(), period.kind(), period.start(), period.end()),
                rolledUnits, employees, List.of(), periods.exemptions(period));
        return new PeriodInputs(period, request, ids, units.ids());
    }

    private static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
