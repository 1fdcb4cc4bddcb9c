package vn.gov.sokhcn.kpi.evaluation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.List;
import vn.gov.sokhcn.kpi.organisation.Leadership;
import vn.gov.sokhcn.kpi.organisation.StaffType;

/**
 * The facts of one on-demand evaluation. Checks that need no policy are here and in
 * {@code FactAssembler}; limits that come from the policy (a criterion's maximum, weights that
 * total 100) are checked by the rules themselves.
 */
public record EvaluationRequest(
        @NotNull(message = "Thiếu kỳ đánh giá") @Valid Period period,
        @NotNull(message = "Thiếu danh sách đơn vị")
        List<@NotNull(message = "Phần tử trống; cần thông tin một đơn vị") @Valid Unit> units,
        @NotNull(message = "Thiếu danh sách cán bộ")
        List<@NotNull(message = "Phần tử trống; cần thông tin một cán bộ") @Valid Employee> employees,
        List<@NotNull(message = "Phần tử trống; cần thông tin một chỉ tiêu được giao") @Valid Assignment> assignments,
        List<@NotNull(message = "Phần tử trống; cần thông tin một trường hợp miễn hạn mức") @Valid QuotaExemption> quotaExemptions) {

    public enum PeriodKind { MONTH, QUARTER, YEAR }

    public enum IndicatorKind { KRI, RI, PI, KPI }

    public enum Polarity { HIGHER_IS_BETTER, LOWER_IS_BETTER, TARGET_RANGE, BINARY, TASKS }

    public record Period(
            @NotBlank(message = "Thiếu mã kỳ") String code,
            @NotNull(message = "Thiếu loại kỳ (MONTH, QUARTER hoặc YEAR)") PeriodKind kind,
            @NotNull(message = "Thiếu ngày bắt đầu") LocalDate start,
            @NotNull(message = "Thiếu ngày kết thúc") LocalDate end) {
    }

    /** {@code agency}: the unit is an agency of its own for the quota (the root always is). */
    public record Unit(
            @NotBlank(message = "Thiếu mã đơn vị") String code,
            @NotBlank(message = "Thiếu tên đơn vị") String name,
            String parent,
            Boolean sanctioned,
            Boolean agency,
            List<@NotNull(message = "Phần tử trống; cần kết quả một tháng của đơn vị") @Valid UnitMonth> monthlyResults) {

        /** A unit evaluated from its own assignments (a month, or a period not rolled up). */
        public Unit(String code, String name, String parent, Boolean sanctioned, Boolean agency) {
            this(code, name, parent, sanctioned, agency, null);
        }

        /** Whether the unit's result is the average of its monthly results. */
        public boolean rolledUp() {
            return monthlyResults != null && !monthlyResults.isEmpty();
        }
    }

    /**
     * A unit's result in one month (or quarter) of a quarter or year evaluated as a roll-up: its
     * score and the percentages its leaders' caps read (all required). The unit's result is their
     * average; the unit's own assignments are then not scored.
     */
    public record UnitMonth(
            @NotBlank(message = "Thiếu mã kỳ (tháng hoặc quý)") String period,
            @NotNull(message = "Thiếu điểm của kỳ") @PositiveOrZero(message = "Điểm không được âm") @BoundedNumber Double score,
            @NotNull(message = "Thiếu tỷ lệ chỉ tiêu hoàn thành (%)") @PositiveOrZero(message = "Tỷ lệ không được âm")
            @DecimalMax(value = "100", message = "Tỷ lệ không được vượt 100%") Double completedPercent,
            @NotNull(message = "Thiếu tỷ lệ chỉ tiêu vượt (%)") @PositiveOrZero(message = "Tỷ lệ không được âm")
            @DecimalMax(value = "100", message = "Tỷ lệ không được vượt 100%") Double exceededPercent,
            @NotNull(message = "Thiếu tỷ lệ chỉ tiêu đúng hạn, đạt chất lượng (%)") @PositiveOrZero(message = "Tỷ lệ không được âm")
            @DecimalMax(value = "100", message = "Tỷ lệ không được vượt 100%") Double onTimeAndQualityPercent) {
    }

    /**
     * {@code monthlyScores}: for a quarter or year evaluated as a roll-up, the person's scores of the
     * months (or quarters) actually worked; the person's score is their average, their own
     * assignments are not scored and {@code generalCriteria} is not needed (and ignored).
     */
    @GeneralCriteriaUnlessRolledUp
    public record Employee(
            @NotBlank(message = "Thiếu mã cán bộ") String id,
            @NotBlank(message = "Thiếu họ tên") String name,
            @NotBlank(message = "Thiếu đơn vị") String unit,
            @NotNull(message = "Thiếu loại cán bộ (CIVIL_SERVANT, PUBLIC_EMPLOYEE hoặc CONTRACT_WORKER)") StaffType staffType,
            Leadership leadership,
            String taskGroup,
            @Valid GeneralCriteria generalCriteria,
            Boolean disciplined,
            Boolean degradation,
            @PositiveOrZero(message = "Số tháng làm việc không được âm") @BoundedNumber Double monthsWorked,
            @PositiveOrZero(message = "Số tháng nghỉ không được âm") @BoundedNumber Double leaveMonths,
            Boolean maternityLeave,
            List<@NotNull(message = "Phần tử trống; cần điểm một tháng") @Valid MonthScore> monthlyScores) {

        /** A person evaluated from their general criteria and assignments. */
        public Employee(String id, String name, String unit, StaffType staffType, Leadership leadership, String taskGroup,
                        GeneralCriteria generalCriteria, Boolean disciplined, Boolean degradation, Double monthsWorked,
                        Double leaveMonths, Boolean maternityLeave) {
            this(id, name, unit, staffType, leadership, taskGroup, generalCriteria, disciplined, degradation, monthsWorked,
                    leaveMonths, maternityLeave, null);
        }

        /** Whether the person is evaluated as the average of their monthly (or quarterly) scores. */
        public boolean rolledUp() {
            return monthlyScores != null && !monthlyScores.isEmpty();
        }
    }

    /** A person's score in one month (or quarter) of a roll-up, with its task and general points where known. */
    public record MonthScore(
            @NotBlank(message = "Thiếu mã kỳ (tháng hoặc quý)") String period,
            @NotNull(message = "Thiếu điểm của kỳ") @PositiveOrZero(message = "Điểm không được âm") @BoundedNumber Double score,
            @PositiveOrZero(message = "Điểm không được âm") @BoundedNumber Double taskScore,
            @PositiveOrZero(message = "Điểm không được âm") @BoundedNumber Double generalScore) {
    }

    public record GeneralCriteria(
            @NotNull(message = "Thiếu điểm chính trị tư tưởng") @PositiveOrZero(message = "Điểm không được âm") @BoundedNumber Double politics,
            @NotNull(message = "Thiếu điểm đạo đức, lối sống") @PositiveOrZero(message = "Điểm không được âm") @BoundedNumber Double ethics,
            @NotNull(message = "Thiếu điểm tác phong, lề lối làm việc") @PositiveOrZero(message = "Điểm không được âm") @BoundedNumber Double style,
            @NotNull(message = "Thiếu điểm ý thức tổ chức kỷ luật") @PositiveOrZero(message = "Điểm không được âm") @BoundedNumber Double discipline) {
    }

    public record Assignment(
            @NotBlank(message = "Thiếu người hoặc đơn vị được giao") String holder,
            @NotNull(message = "Thiếu chỉ số") @Valid Indicator indicator,
            @PositiveOrZero(message = "Mục tiêu không được âm") @BoundedNumber Double target,
            @NotNull(message = "Thiếu trọng số") @Positive(message = "Trọng số phải lớn hơn 0") @BoundedNumber Double weight,
            @BoundedNumber Double actual,
            @BoundedNumber Double threshold,
            @BoundedNumber Double stretch,
            @Valid Tasks tasks) {
    }

    public record Indicator(
            @NotBlank(message = "Thiếu mã chỉ số") String code,
            @NotBlank(message = "Thiếu tên chỉ số") String name,
            @NotNull(message = "Thiếu loại chỉ số (KRI, RI, PI hoặc KPI)") IndicatorKind kind,
            @NotNull(message = "Thiếu chiều chỉ số") Polarity polarity) {
    }

    public record Tasks(
            @NotNull(message = "Thiếu số sản phẩm được giao") @Positive(message = "Số sản phẩm được giao phải lớn hơn 0") @BoundedNumber Double assigned,
            @NotNull(message = "Thiếu số sản phẩm hoàn thành") @PositiveOrZero(message = "Không được âm") @BoundedNumber Double done,
            @NotNull(message = "Thiếu số sản phẩm đạt chất lượng") @PositiveOrZero(message = "Không được âm") @BoundedNumber Double atQuality,
            @NotNull(message = "Thiếu số sản phẩm đúng hạn") @PositiveOrZero(message = "Không được âm") @BoundedNumber Double onTime,
            @PositiveOrZero(message = "Không được âm") @BoundedNumber Double late,
            @PositiveOrZero(message = "Không được âm") @BoundedNumber Double failedMajorError,
            Boolean objectiveCause) {
    }

    public record QuotaExemption(
            @NotBlank(message = "Thiếu mã cơ quan") String agency,
            @NotBlank(message = "Thiếu người phê duyệt") String approvedBy,
            String note) {
    }
}
