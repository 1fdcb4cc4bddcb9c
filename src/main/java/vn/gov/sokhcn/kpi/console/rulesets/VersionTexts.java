package vn.gov.sokhcn.kpi.console.rulesets;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import vn.gov.sokhcn.kpi.ruleset.validation.RuleSetChange;
import vn.gov.sokhcn.kpi.ruleset.version.RuleSetVersion;

/** How the rule set pages write states, times, effective ranges and kinds of change, in Vietnamese. */
final class VersionTexts {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private VersionTexts() {
    }

    static String state(RuleSetVersion.State state) {
        return switch (state) {
            case DRAFT -> "Bản nháp";
            case ACTIVE -> "Đang áp dụng";
            case RETIRED -> "Đã thôi áp dụng";
        };
    }

    static String time(LocalDateTime time) {
        return time == null ? "" : TIME.format(time);
    }

    /** The periods a version applies to: its effective range, every period for the default one, none for others. */
    static String range(RuleSetVersion v) {
        if (v.ranged()) {
            return (v.effectiveFrom() == null ? "" : "từ " + day(v.effectiveFrom()))
                    + (v.effectiveFrom() != null && v.effectiveTo() != null ? " " : "")
                    + (v.effectiveTo() == null ? "" : "đến " + day(v.effectiveTo()));
        }
        return v.state() == RuleSetVersion.State.ACTIVE ? "Mọi kỳ (mặc định)" : "—";
    }

    static String change(RuleSetChange.Kind kind) {
        return switch (kind) {
            case HEADER_CELL -> "Ô tiêu đề/dòng mã";
            case DATA_CELL -> "Ô dữ liệu";
            case SHEET_ADDED -> "Thêm trang";
            case SHEET_REMOVED -> "Bỏ trang";
            case FILE_ADDED -> "Thêm tệp";
            case FILE_REMOVED -> "Bỏ tệp";
            case DRL -> "Tệp luật DRL";
        };
    }

    private static String day(LocalDate date) {
        return DAY.format(date);
    }
}
