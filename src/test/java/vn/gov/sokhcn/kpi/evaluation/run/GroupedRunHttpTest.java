package vn.gov.sokhcn.kpi.evaluation.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.sokhcn.kpi.benchmark.StoredSyntheticPeriod;
import vn.gov.sokhcn.kpi.benchmark.SyntheticOrganisation;
import vn.gov.sokhcn.kpi.evaluation.Facts;
import vn.gov.sokhcn.kpi.evaluation.RuleSessionRunner;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationResponse;
import vn.gov.sokhcn.kpi.evaluation.api.FactAssembler;
import vn.gov.sokhcn.kpi.evaluation.api.ResultAssembler;
import vn.gov.sokhcn.kpi.evaluation.facts.UnitResult;

/**
 * An official run of a period of several Departments, evaluated a group of agencies at a time
 * ({@link GroupedRun}), stores for every person and unit exactly what one rule session over the whole
 * period answers: scores, rating and the details (achievements, reasons, shares) as stored JSON. The
 * synthetic Departments are stored beside the small Department, for a month of their own, and removed
 * after the test.
 */
class GroupedRunHttpTest extends StoredDepartmentTest {
    private static final String PERIOD = "2031-07";

    @Autowired
    JdbcTemplate jdbcTemplate;
    @Autowired
    StoredInputs storedInputs;
    @Autowired
    FactAssembler facts;
    @Autowired
    RuleSessionRunner runner;
    @Autowired
    ResultAssembler results;
    @Autowired
    JsonMapper json;

    @Test
    void shouldStoreForEachGroupOfAgenciesWhatOneSessionOverThePeriodAnswers() {
        storeThreeDepartments();

        assertStoredAsOneSessionAnswers();
    }

    @Test
    void shouldTellEveryoneOfTheProvinceWhichAgencyIsExemptFromTheQuota() {
        storeThreeDepartments();
        jdbc.sql("INSERT INTO quota_exemptions (period_id, unit_id, approved_by, note) VALUES ((SELECT id FROM periods "
                + "WHERE code = :period), (SELECT id FROM units WHERE code = 'D2'), 'UBND tỉnh', 'Đơn vị mới thành lập')")
                .param("period", PERIOD).update();

        List<String> stored = assertStoredAsOneSessionAnswers();

        assertThat(stored).filteredOn(row -> row.startsWith("D1-CB")).allMatch(row -> row.contains("Cơ quan D2 được miễn hạn mức HTXSNV"));
    }

    /** Runs the period and checks every stored row against one session over its inputs; answers the rows. */
    private List<String> assertStoredAsOneSessionAnswers() {
        EvaluationRequest request = storedInputs.read(storedInputs.find(PERIOD).orElseThrow()).request();
        Facts assembled = facts.assemble(request);
        assertThat(runner.independentParts(assembled)).hasSizeGreaterThanOrEqualTo(3);
        RuleSessionRunner.SessionOutcome outcome = runner.runInOneSession(ruleSet.get(), assembled);
        EvaluationResponse expected = results.assemble(assembled, outcome);

        long runId = run(PERIOD);

        List<String> want = new ArrayList<>();
        for (EvaluationResponse.EmployeeResult e : expected.employees()) {
            want.add(String.join(" | ", e.id(), e.unit(), plain(e.score()), plain(e.taskScore()), plain(e.generalScore()),
                    e.rating(), json.writeValueAsString(new ResultDetails(e.ratingLabel(), e.achievements(), e.reasons(), null,
                            e.quotaTie() ? Boolean.TRUE : null))));
        }
        Map<String, ResultDetails.UnitShares> shares = new java.util.HashMap<>();
        for (UnitResult u : outcome.all(UnitResult.class)) {
            if (u.scored()) {
                shares.put(u.unitCode(), new ResultDetails.UnitShares(percent(u.completedShare()), percent(u.exceededShare()),
                        percent(u.onTimeQualityShare())));
            }
        }
        for (EvaluationResponse.UnitResult u : expected.units()) {
            want.add(String.join(" | ", u.code(), u.code(), plain(u.score()), "-", "-", u.rating(),
                    json.writeValueAsString(new ResultDetails(u.ratingLabel(), u.achievements(), u.reasons(), shares.get(u.code()), null))));
        }
        List<String> stored = jdbc.sql("""
                SELECT r.subject_code, u.code AS unit_code, r.score, r.task_score, r.general_score, r.rating, r.details
                FROM run_results r JOIN units u ON u.id = r.unit_id WHERE r.run_id = :run
                """)
                .param("run", runId)
                .query((rs, n) -> String.join(" | ", rs.getString("subject_code"), rs.getString("unit_code"),
                        plain(rs.getBigDecimal("score")), plain(rs.getBigDecimal("task_score")),
                        plain(rs.getBigDecimal("general_score")), rs.getString("rating"), rs.getString("details")))
                .list();
        assertThat(expected.employees()).hasSize(request.employees().size());
        assertThat(stored).containsExactlyInAnyOrderElementsOf(want);
        assertThat(http.get("/api/runs/" + runId).json().at("/counts").toString())
                .isEqualTo("{\"employees\":" + expected.employees().size() + ",\"units\":" + expected.units().size() + "}");
        return stored;
    }

    @Test
    void shouldRefuseTheRulesProblemsOfEveryGroupTogetherAndStoreNoResult() {
        storeThreeDepartments();
        for (String person : List.of("D1-CB00005", "D3-CB00007")) {
            jdbc.sql("UPDATE assignments SET weight = weight + 5 WHERE id = (SELECT MIN(a.id) FROM assignments a "
                    + "JOIN employees e ON e.id = a.employee_id WHERE e.code = :person)").param("person", person).update();
        }

        RunHttp.Reply reply = http.post("/api/periods/" + PERIOD + "/runs");

        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        JsonNode errors = reply.json().at("/errors");
        assertThat(errors.findValuesAsString("subject")).containsOnly("D1-CB00005", "D3-CB00007").contains("D1-CB00005", "D3-CB00007");
        assertThat(errors.findValuesAsString("message")).allMatch(m -> m.endsWith("là 105, phải bằng 100."));
        long runId = reply.json().at("/runId").asLong();
        assertThat(http.get("/api/runs/" + runId).json().at("/state").asString()).isEqualTo("FAILED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM run_results WHERE run_id = :run").param("run", runId).query(Long.class).single())
                .isZero();
    }

    /**
     * Three Departments of 10 units and 40 people each (with a centre counted as an agency of its own)
     * beside the small Department, whose people are assessed in the month too.
     */
    private void storeThreeDepartments() {
        jdbc.sql("INSERT INTO periods (code, kind, start_date, end_date, pilot) VALUES (:code, 'MONTH', DATE '2031-07-01', "
                + "DATE '2031-07-31', FALSE)").param("code", PERIOD).update();
        StoredDepartment small = new StoredDepartment(jdbc);
        for (String e : List.of("E1", "E2", "E3", "E4")) {
            small.criteria(e, PERIOD, 7.5, 7.5, 7.5, 7).personal(e, PERIOD, "I1", 100, 100, 85);
        }
        small.ofUnit("P1", PERIOD, "I3", 50, 100, 45);
        // After the small Department's rows: the synthetic ones take ids above the highest, not from the identity.
        EvaluationRequest province = SyntheticOrganisation.province(3, 10, 40);
        new StoredSyntheticPeriod(jdbcTemplate).write(new EvaluationRequest(new EvaluationRequest.Period(PERIOD,
                EvaluationRequest.PeriodKind.MONTH, LocalDate.of(2031, 7, 1), LocalDate.of(2031, 7, 31)),
                province.units(), province.employees(), province.assignments(), province.quotaExemptions()));
    }

    /** The synthetic Departments go, children first; the run's audit events stay (the log is append-only). */
    @AfterEach
    void removeTheSyntheticDepartments() {
        String ofPeriod = "(SELECT id FROM periods WHERE code = '" + PERIOD + "')";
        String synthetic = "(SELECT id FROM employees WHERE code LIKE 'D_-%')";
        jdbc.sql("DELETE FROM run_results WHERE run_id IN (SELECT id FROM evaluation_runs WHERE period_id = " + ofPeriod + ")").update();
        jdbc.sql("DELETE FROM evaluation_runs WHERE period_id = " + ofPeriod).update();
        jdbc.sql("DELETE FROM measurements WHERE assignment_id IN (SELECT id FROM assignments WHERE period_id = " + ofPeriod + ")").update();
        jdbc.sql("DELETE FROM assignments WHERE period_id = " + ofPeriod).update();
        jdbc.sql("DELETE FROM general_criteria WHERE period_id = " + ofPeriod).update();
        jdbc.sql("DELETE FROM quota_exemptions WHERE period_id = " + ofPeriod).update();
        jdbc.sql("DELETE FROM discipline_records WHERE employee_id IN " + synthetic).update();
        jdbc.sql("DELETE FROM employees WHERE code LIKE 'D_-%'").update();
        jdbc.sql("DELETE FROM units WHERE code LIKE 'D_-%'").update();
        jdbc.sql("DELETE FROM units WHERE code IN ('D1', 'D2', 'D3')").update();
        jdbc.sql("DELETE FROM indicators WHERE code LIKE 'PI-%' OR code LIKE 'KPI-D%' OR code LIKE 'RI-D%'").update();
        jdbc.sql("DELETE FROM periods WHERE code = '" + PERIOD + "'").update();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "-" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static BigDecimal percent(double share) {
        return BigDecimal.valueOf(share).setScale(2, RoundingMode.HALF_UP);
    }
}
