package vn.gov.sokhcn.kpi.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.gov.sokhcn.kpi.organisation.Leadership;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationResponse;

class EvaluationsSmokeTest {

    @Test
    void shouldRateExcellentWhenScoreIsNinetyOrMore() {
        Evaluations scenario = Evaluations.month2026().unit("P1", "SO")
                .person("A", "P1", Leadership.NONE, 30).achieving("A", 100);
        for (String colleague : new String[] {"B", "C", "D", "E", "F"}) {
            scenario.person(colleague, "P1", Leadership.NONE, 24).achieving(colleague, 80);
        }
        EvaluationResponse r = scenario.evaluate();
        var a = Evaluations.employee(r, "A");
        assertThat(a.score()).isEqualByComparingTo("100.00");
        assertThat(a.rating()).isEqualTo("HTXSNV");
        assertThat(r.regime()).isEqualTo("DECREE_335");
        assertThat(Evaluations.employee(r, "B").score()).isEqualByComparingTo("80.00");
        assertThat(Evaluations.employee(r, "B").rating()).isEqualTo("HTTNV");
    }
}
