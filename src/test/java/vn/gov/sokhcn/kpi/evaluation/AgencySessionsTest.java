package vn.gov.sokhcn.kpi.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.sokhcn.kpi.benchmark.SyntheticOrganisation;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest;
import vn.gov.sokhcn.kpi.evaluation.api.FactAssembler;
import vn.gov.sokhcn.kpi.evaluation.api.ResultAssembler;
import vn.gov.sokhcn.kpi.organisation.Leadership;

/**
 * Agencies the rules never join are evaluated in sessions of their own, side by side; the whole
 * answer (every score, rating, reason and its order) must be the one a single session gives.
 */
class AgencySessionsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void shouldAnswerAProvinceOfThreeDepartmentsExactlyAsOneSessionDoes() {
        EvaluationRequest province = SyntheticOrganisation.province(3, 10, 150);
        EvaluationRequest exempted = new EvaluationRequest(province.period(), province.units(), province.employees(),
                province.assignments(), List.of(new EvaluationRequest.QuotaExemption("D2-P010", "admin", "Thành tích xuất sắc"),
                new EvaluationRequest.QuotaExemption("D3", "admin", null)));

        assertThat(parts(exempted)).isEqualTo(3);
        assertSameAnswerBothWays(exempted);
    }

    @Test
    void shouldKeepAnAgencyWithItsDirectorAboveInOneSession() {
        EvaluationRequest department = SyntheticOrganisation.province(1, 10, 100);

        assertThat(parts(department)).isEqualTo(1);
    }

    @Test
    void shouldSplitOffAnAgencyWithNoLeaderAboveItAndKeepASanctionedUnitWithTheAgenciesAbove() {
        Evaluations department = Evaluations.month2026()
                .unit("VP", "SO").person("CB001", "VP", Leadership.HEAD, 27).person("CB002", "VP", Leadership.NONE, 28)
                .agency("TT1", "SO").person("CB003", "TT1", Leadership.DIRECTOR, 29).person("CB004", "TT1", Leadership.NONE, 29.5)
                .agency("TT2", "SO").person("CB005", "TT2", Leadership.HEAD, 26).person("CB006", "TT2", Leadership.NONE, 30)
                .sanctionedUnit("TT2-P1", "TT2").person("CB007", "TT2-P1", Leadership.NONE, 30)
                .agency("TT3", "VP").person("CB008", "TT3", Leadership.NONE, 25)
                .exempt("TT1");
        List<String> people = List.of("CB001", "CB002", "CB003", "CB004", "CB005", "CB006", "CB007", "CB008");
        for (int i = 0; i < people.size(); i++) {
            department.achieving(people.get(i), 96 + i);
        }
        department.achieving("VP", 104).achieving("TT2", 90);

        // TT1 alone; TT3 joins SO through the head of VP above it, TT2 through its sanctioned unit,
        // which the conduct rules weigh for the leaders of every unit above it.
        assertThat(parts(department.request())).isEqualTo(2);
        assertSameAnswerBothWays(department.request());
    }

    @ParameterizedTest
    @ValueSource(strings = {"examples/evaluation-request.json", "examples/evaluation-request-year.json"})
    void shouldAnswerTheShippedExamplesAsOneSessionDoes(String file) throws Exception {
        assertSameAnswerBothWays(JSON.readValue(Files.readString(Path.of(file)), EvaluationRequest.class));
    }

    private static int parts(EvaluationRequest request) {
        return AgencyPartitions.split(new FactAssembler().assemble(request)).size();
    }

    private static void assertSameAnswerBothWays(EvaluationRequest request) {
        RuleBase ruleSet = Evaluations.shippedRuleSet();
        Facts facts = new FactAssembler().assemble(request);
        RuleSessionRunner runner = new RuleSessionRunner();
        String split = JSON.writeValueAsString(new ResultAssembler().assemble(facts, runner.run(ruleSet, facts)));
        String single = JSON.writeValueAsString(new ResultAssembler().assemble(facts, runner.runInOneSession(ruleSet, facts)));

        assertThat(split).isEqualTo(single);
        assertThat(JSON.readTree(single).get("employees").size()).isEqualTo(request.employees().size());
    }
}
