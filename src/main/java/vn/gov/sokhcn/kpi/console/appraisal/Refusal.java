package vn.gov.sokhcn.kpi.console.appraisal;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import vn.gov.sokhcn.kpi.appraisal.AppraisalConflict;
import vn.gov.sokhcn.kpi.security.ScopeDeniedException;
import vn.gov.sokhcn.kpi.system.ConflictException;
import vn.gov.sokhcn.kpi.system.InvalidRequestException;
import vn.gov.sokhcn.kpi.system.NotFoundException;

/**
 * A step the appraisal services refused, as a page shows it: the HTTP status the API would answer and the
 * Vietnamese sentences, each bad field named by its label on the form. Anything else is not a refusal.
 */
record Refusal(HttpStatus status, List<String> messages) {
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("$.period", "Kỳ đánh giá"), Map.entry("$.agency", "Cơ quan"),
            Map.entry("$.selfAssessmentDue", "Hạn tự đánh giá"), Map.entry("$.reviewDue", "Hạn họp nhận xét"),
            Map.entry("$.decisionDue", "Hạn quyết định"), Map.entry("$.text", "Nội dung"),
            Map.entry("$.proposedRating", "Mức xếp loại đề xuất"), Map.entry("$.criteria", "Tiêu chí chung"),
            Map.entry("$.criteria.politics", "Chính trị, tư tưởng"), Map.entry("$.criteria.ethics", "Đạo đức, lối sống"),
            Map.entry("$.criteria.style", "Tác phong, lề lối làm việc"),
            Map.entry("$.criteria.discipline", "Ý thức tổ chức kỷ luật"), Map.entry("$.meetingDate", "Ngày họp"),
            Map.entry("$.present", "Số người dự họp"), Map.entry("$.summary", "Tóm tắt ý kiến"),
            Map.entry("$.rating", "Mức xếp loại"), Map.entry("$.reason", "Lý do"),
            Map.entry("$.superiorDecisionNo", "Số quyết định của cơ quan cấp trên"), Map.entry("$.outcome", "Kết quả giải quyết"));

    static Refusal of(RuntimeException e) {
        if (e instanceof InvalidRequestException invalid) {
            return new Refusal(HttpStatus.BAD_REQUEST, invalid.problems().stream()
                    .map(p -> label(p.field()) + ": " + p.message()).toList());
        }
        if (e instanceof ConflictException || e instanceof AppraisalConflict) {
            return new Refusal(HttpStatus.CONFLICT, List.of(e.getMessage()));
        }
        if (e instanceof ScopeDeniedException) {
            return new Refusal(HttpStatus.FORBIDDEN, List.of(e.getMessage()));
        }
        if (e instanceof NotFoundException) {
            return new Refusal(HttpStatus.NOT_FOUND, List.of(e.getMessage()));
        }
        throw e;
    }

    /** A value the form could not even read (a date, a number, a rating code). */
    static Refusal badInput(List<String> messages) {
        return new Refusal(HttpStatus.BAD_REQUEST, messages);
    }

    String text() {
        return String.join(" ", messages);
    }

    private static String label(String field) {
        if (field.startsWith("$.assignmentComments")) {
            return "Nhận xét theo việc được giao";
        }
        return LABELS.getOrDefault(field, field);
    }
}
