package vn.gov.sokhcn.kpi.evaluation.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** A rule set that rated not everyone is a 422 in Vietnamese, answered before the shared advice's catch-all. */
class IncompleteEvaluationAdviceTest {

    @Test
    void shouldAnswerAnIncompleteRuleSetWithUnprocessableContent() {
        ResponseEntity<ProblemDetail> response = new IncompleteEvaluationAdvice()
                .incomplete(new IncompleteEvaluationException("Không xếp loại được NV001"));

        ProblemDetail problem = response.getBody();
        assertThat(response.getStatusCode().value()).isEqualTo(422);
        assertThat(problem.getType()).hasToString("urn:kpi:problem:incomplete-rule-set");
        assertThat(problem.getTitle()).isEqualTo("Bộ quy tắc không đánh giá được yêu cầu này");
        assertThat(problem.getDetail()).isEqualTo("Không xếp loại được NV001");
    }

    @Test
    void shouldBeOrderedBeforeTheSharedAdviceThatAnswersEveryException() {
        assertThat(IncompleteEvaluationAdvice.class.getAnnotation(Order.class).value())
                .isLessThan(Ordered.LOWEST_PRECEDENCE);
    }
}
