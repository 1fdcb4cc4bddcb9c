package vn.gov.sokhcn.kpi.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Employee;
import vn.gov.sokhcn.kpi.organisation.Leadership;
import vn.gov.sokhcn.kpi.organisation.StaffType;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationResponse;

/**
 * The rows of the sheet "Thời gian công tác" (decision-tables/xep-loai.drl.xlsx), for a 2026 year
 * (Decree 335): under 6 months worked → NOT_RATED (B11) unless on maternity leave (B12: rated on the
 * time worked); 3 to under 6 months of leave → at most HTNV (B13), 6 months or more → NOT_RATED (B14),
 * maternity leave excepted. Time worked left out is the year less the leave.
 */
class TimeRulesTest {
    private static final String RULE = "Xét thời gian làm việc và thời gian nghỉ trong kỳ";
    private static final String ROWS = "decision-tables/xep-loai.drl.xlsx!Thời gian công tác!";

    @ParameterizedTest(name = "năm: làm việc {0} tháng, nghỉ {1} tháng, thai sản {2}, {5} điểm → {6}")
    @CsvSource(delimiter = '|', textBlock = """
            # worked | leave | maternity | achievement | general | score | rating | label | rows | reason of the last row (empty: no time restriction)
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
            6   | 6   | false | 100 | 30 | 100 | NOT_RATED | Chưa xếp loại             | B14 | 'Thời gian làm việc 6 tháng, nghỉ 6 tháng: «Nghỉ từ 6 tháng trở lên trong năm» nên chưa xếp loại.'
                | 7   | false | 100 | 10 | 80  | NOT_RATED | Chưa xếp loại             | B11 B14 | 'Thời gian làm việc 5 tháng, nghỉ 7 tháng: «Nghỉ từ 6 tháng trở lên trong năm» nên chưa xếp loại.'
                | 6   | false | 100 | 30 | 100 | NOT_RATED | Chưa xếp loại             | B14 | 'Thời gian làm việc 6 tháng, nghỉ 6 tháng: «Nghỉ từ 6 tháng trở lên trong năm» nên chưa xếp loại.'
                | 7   | true  | 100 | 10 | 80  | HTTNV     | Hoàn thành tốt nhiệm vụ   | B12 | 'Thời gian làm việc 5 tháng, nghỉ 7 tháng (nghỉ thai sản): «Nghỉ thai sản, làm việc dưới 6 tháng: đánh giá theo thời gian làm việc» nên không bị giới hạn xếp loại.'
                | 5.9 | false | 100 | 30 | 100 | HTNV      | Hoàn thành nhiệm vụ       | B13 | 'Thời gian làm việc 6,1 tháng, nghỉ 5,9 tháng: «Nghỉ từ 3 tháng đến dưới 6 tháng trong năm» nên xếp loại tối đa HTNV (Hoàn thành nhiệm vụ).'
                | 3   | false | 100 | 30 | 100 | HTNV      | Hoàn thành nhiệm vụ       | B13 | 'Thời gian làm việc 9 tháng, nghỉ 3 tháng: «Nghỉ từ 3 tháng đến dưới 6 tháng trong năm» nên xếp loại tối đa HTNV (Hoàn thành nhiệm vụ).'
                | 2.9 | false | 100 | 10 | 80  | HTTNV     | Hoàn thành tốt nhiệm vụ   |     |
                |     | false | 100 | 10 | 80  | HTTNV     | Hoàn thành tốt nhiệm vụ   |     |
            """)
    void shouldRestrictTheRatingByTimeWorkedAndLeave(Double worked, Double leave, boolean maternity, double achievement,
            double general, String score, String rating, String label, String rows, String reason) {
        EvaluationResponse r = Evaluations.year(2026).unit("P1", "SO")
                .person(new Employee("A", "Cán bộ A", "P1", StaffType.CIVIL_SERVANT, Leadership.NONE, null,
                        Evaluations.even(general), null, null, worked, leave, maternity))
                .achieving("A", achievement).evaluate();

        var a = Evaluations.employee(r, "A");
        assertThat(a.score()).as("the score is still computed").isEqualByComparingTo(score);
        assertThat(a.rating()).isEqualTo(rating);
        assertThat(a.ratingLabel()).isEqualTo(label);
        var reasons = Evaluations.reasonsOf(r, "A", RULE);
        if (rows == null) {
            assertThat(reasons).isEmpty();
        } else {
            assertThat(reasons).extracting(Reason::source)
                    .containsExactly(Arrays.stream(rows.split(" ")).map(row -> ROWS + row).toArray(String[]::new));
            assertThat(reasons.get(reasons.size() - 1).message()).endsWith(reason);
        }
    }

    @ParameterizedTest(name = "{0}: nghỉ {1} tháng, không ghi thời gian làm việc → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # kind   | leave | rating    | rows    | reason of the last row
            QUARTER  | 1.5   | NOT_RATED | B18     | 'Thời gian làm việc 1,5 tháng, nghỉ 1,5 tháng: «Nghỉ từ một nửa quý trở lên» nên chưa xếp loại.'
            QUARTER  | 1.49  | HTNV      | B17     | 'Thời gian làm việc 1,51 tháng, nghỉ 1,49 tháng: «Nghỉ từ một phần tư đến dưới một nửa quý» nên xếp loại tối đa HTNV (Hoàn thành nhiệm vụ).'
            MONTH    | 0.6   | NOT_RATED | B19 B22 | 'Thời gian làm việc 0,4 tháng, nghỉ 0,6 tháng: «Nghỉ từ nửa tháng trở lên» nên chưa xếp loại.'
            MONTH    | 0.5   | NOT_RATED | B22     | 'Thời gian làm việc 0,5 tháng, nghỉ 0,5 tháng: «Nghỉ từ nửa tháng trở lên» nên chưa xếp loại.'
            """)
    void shouldTakeTimeWorkedAsThePeriodLessTheLeaveInQuartersAndMonths(String kind, double leave, String rating,
            String rows, String reason) {
        Evaluations period = kind.equals("QUARTER") ? Evaluations.quarter(2026, 1) : Evaluations.month2026();
        EvaluationResponse r = period.unit("P1", "SO")
                .person(new Employee("A", "Cán bộ A", "P1", StaffType.CIVIL_SERVANT, Leadership.NONE, null,
                        Evaluations.even(30), null, null, null, leave, false))
                .achieving("A", 100).evaluate();

        assertThat(Evaluations.employee(r, "A").rating()).isEqualTo(rating);
        var reasons = Evaluations.reasonsOf(r, "A", RULE);
        assertThat(reasons).extracting(Reason::source)
                .containsExactly(Arrays.stream(rows.split(" ")).map(row -> ROWS + row).toArray(String[]::new));
        assertThat(reasons.get(reasons.size() - 1).message()).endsWith(reason);
    }
}
