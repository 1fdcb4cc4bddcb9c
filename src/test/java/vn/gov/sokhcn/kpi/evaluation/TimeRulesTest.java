package vn.gov.sokhcn.kpi.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Employee;
import vn.gov.sokhcn.kpi.organisation.Leadership;
import vn.gov.sokhcn.kpi.organisation.StaffType;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationResponse;

/**
 * The YEAR rows of the sheet "Thời gian công tác" (decision-tables/xep-loai.drl.xlsx): under 6
 * months worked → NOT_RATED (B11) unless on maternity leave (B12: rated on the time worked); 3 to
 * under 6 months of leave → at most HTNV (B13), maternity leave excepted. A 2026 year (Decree 335).
 */
class TimeRulesTest {
    private static final String RULE = "Xét thời gian làm việc và thời gian nghỉ trong kỳ";
    private static final String ROWS = "decision-tables/xep-loai.drl.xlsx!Thời gian công tác!";

    @ParameterizedTest(name = "làm việc {0} tháng, nghỉ {1} tháng, thai sản {2}, {5} điểm → {6}")
    @CsvSource(delimiter = '|', textBlock = """
            # worked | leave | maternity | achievement | general | score | rating | label | row | reason (empty: no time restriction)
            5   |     | false | 100 | 10 | 80  | NOT_RATED | Chưa xếp loại             | B11 | 'Thời gian làm việc 5 tháng, nghỉ 0 tháng: «Làm việc dưới 6 tháng trong năm» nên chưa xếp loại.'
            5   |     | false | 100 | 30 | 100 | NOT_RATED | Chưa xếp loại             | B11 | 'Thời gian làm việc 5 tháng, nghỉ 0 tháng: «Làm việc dưới 6 tháng trong năm» nên chưa xếp loại.'
            5   | 7   | true  | 100 | 10 | 80  | HTTNV     | Hoàn thành tốt nhiệm vụ   | B12 | 'Thời gian làm việc 5 tháng, nghỉ 7 tháng (nghỉ thai sản): «Nghỉ thai sản, làm việc dưới 6 tháng: đánh giá theo thời gian làm việc» nên không bị giới hạn xếp loại.'
            6   |     | false | 100 | 10 | 80  | HTTNV     | Hoàn thành tốt nhiệm vụ   |     |
            9   | 3   | false | 100 | 30 | 100 | HTNV      | Hoàn thành nhiệm vụ       | B13 | 'Thời gian làm việc 9 tháng, nghỉ 3 tháng: «Nghỉ từ 3 tháng đến dưới 6 tháng trong năm» nên xếp loại tối đa HTNV (Hoàn thành nhiệm vụ).'
            9   | 3   | false | 100 | 10 | 80  | HTNV      | Hoàn thành nhiệm vụ       | B13 | 'Thời gian làm việc 9 tháng, nghỉ 3 tháng: «Nghỉ từ 3 tháng đến dưới 6 tháng trong năm» nên xếp loại tối đa HTNV (Hoàn thành nhiệm vụ).'
            6.5 | 5.5 | false | 100 | 30 | 100 | HTNV      | Hoàn thành nhiệm vụ       | B13 | 'Thời gian làm việc 6,5 tháng, nghỉ 5,5 tháng: «Nghỉ từ 3 tháng đến dưới 6 tháng trong năm» nên xếp loại tối đa HTNV (Hoàn thành nhiệm vụ).'
            9   | 3   | false | 50  | 5  | 40  | KHTNV     | Không hoàn thành nhiệm vụ | B13 | 'nên xếp loại tối đa HTNV (Hoàn thành nhiệm vụ).'
            9.1 | 2.9 | false | 100 | 10 | 80  | HTTNV     | Hoàn thành tốt nhiệm vụ   |     |
            9   | 3   | true  | 100 | 10 | 80  | HTTNV     | Hoàn thành tốt nhiệm vụ   |     |
            """)
    void shouldRestrictTheRatingByTimeWorkedAndLeave(Double worked, Double leave, boolean maternity, double achievement,
            double general, String score, String rating, String label, String row, String reason) {
        EvaluationResponse r = Evaluations.year(2026).unit("P1", "SO")
                .person(new Employee("A", "Cán bộ A", "P1", StaffType.CIVIL_SERVANT, Leadership.NONE, null,
                        Evaluations.even(general), null, null, worked, leave, maternity))
                .achieving("A", achievement).evaluate();

        var a = Evaluations.employee(r, "A");
        assertThat(a.score()).as("the score is still computed").isEqualByComparingTo(score);
        assertThat(a.rating()).isEqualTo(rating);
        assertThat(a.ratingLabel()).isEqualTo(label);
        if (row == null) {
            assertThat(Evaluations.reasonsOf(r, "A", RULE)).isEmpty();
        } else {
            assertThat(Evaluations.reasonsOf(r, "A", RULE)).singleElement().satisfies(time -> {
                assertThat(time.source()).isEqualTo(ROWS + row);
                assertThat(time.message()).endsWith(reason);
            });
        }
    }
}
