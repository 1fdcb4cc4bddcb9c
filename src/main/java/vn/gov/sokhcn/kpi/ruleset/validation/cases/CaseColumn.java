package vn.gov.sokhcn.kpi.ruleset.validation.cases;

import java.util.Arrays;
import java.util.Optional;

/** The columns of a «Kiểm thử» sheet, by their Vietnamese header in row 1 (in any order; most may be left out). */
enum CaseColumn {
    CASE("Mã ca"),
    DESCRIPTION("Mô tả"),
    PERIOD("Kỳ"),
    PERSON("Mã cán bộ"),
    STAFF_TYPE("Loại cán bộ"),
    POSITION("Chức vụ"),
    POLITICS("Chính trị tư tưởng"),
    ETHICS("Đạo đức lối sống"),
    STYLE("Tác phong"),
    DISCIPLINE("Kỷ luật"),
    POLARITY("Chiều chỉ số"),
    TARGET("Mục tiêu"),
    ACTUAL("Thực hiện"),
    THRESHOLD("Ngưỡng"),
    STRETCH("Mức vượt"),
    WEIGHT("Trọng số"),
    TASKS_ASSIGNED("SP được giao"),
    TASKS_DONE("SP hoàn thành"),
    TASKS_AT_QUALITY("SP đạt chất lượng"),
    TASKS_ON_TIME("SP đúng hạn"),
    TASKS_LATE("SP chậm"),
    TASKS_FAILED("SP sai sót lớn"),
    DISCIPLINED("Bị kỷ luật"),
    DEGRADATION("Suy thoái"),
    UNIT_SANCTIONED("Đơn vị bị xử lý"),
    MONTHS_WORKED("Tháng làm việc"),
    LEAVE_MONTHS("Tháng nghỉ"),
    MATERNITY("Nghỉ thai sản"),
    UNIT_ACHIEVEMENT("Mức đạt của đơn vị (%)"),
    EXPECTED_SCORE("Điểm mong đợi"),
    EXPECTED_RATING("Xếp loại mong đợi");

    /** The name of the test sheet of a workbook; it is never compiled as a decision table. */
    public static final String SHEET = vn.gov.sokhcn.kpi.ruleset.RuleSetFiles.TEST_SHEET;

    private final String header;

    CaseColumn(String header) {
        this.header = header;
    }

    String header() {
        return header;
    }

    static Optional<CaseColumn> byHeader(String text) {
        return Arrays.stream(values()).filter(c -> c.header.equalsIgnoreCase(text.strip())).findFirst();
    }
}
