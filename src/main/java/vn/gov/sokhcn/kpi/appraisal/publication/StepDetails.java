package vn.gov.sokhcn.kpi.appraisal.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A step's own fields (the {@code details} JSON the procedure writes) as labelled lines: known fields
 * under their Vietnamese names, any other under its own name, so that nothing recorded is left off the form.
 */
final class StepDetails {
    /** The fields the procedure writes (appraisal/step, complaint, cycle), under the names the form prints. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("proposedRating", "Đề xuất xếp loại"),
            Map.entry("criteria", "Tự chấm tiêu chí chung"),
            Map.entry("politics", "Chính trị tư tưởng"),
            Map.entry("ethics", "Đạo đức, lối sống"),
            Map.entry("style", "Tác phong, lề lối làm việc"),
            Map.entry("discipline", "Ý thức tổ chức kỷ luật"),
            Map.entry("assignmentComments", "Nhận xét từng nhiệm vụ"),
            Map.entry("assignment", "Mã giao việc"),
            Map.entry("indicator", "Chỉ tiêu"),
            Map.entry("indicatorName", "Tên chỉ tiêu"),
            Map.entry("comment", "Nhận xét"),
            Map.entry("meetingDate", "Ngày họp"),
            Map.entry("present", "Số người dự họp"),
            Map.entry("selfAssessed", "Đã tự đánh giá"),
            Map.entry("decision", "Số quyết định"),
            Map.entry("rating", "Xếp loại"),
            Map.entry("cause", "Căn cứ"),
            Map.entry("replaces", "Thay quyết định số"),
            Map.entry("superiorDecisionNo", "Văn bản của cơ quan cấp trên"),
            Map.entry("complaint", "Số khiếu nại"),
            Map.entry("resolveBy", "Hạn giải quyết"),
            Map.entry("outcome", "Kết quả giải quyết"));
    /** Codes among the values, in words. */
    private static final Map<String, String> VALUES = Map.of(
            "true", "Có",
            "false", "Không",
            "DECISION", "Quyết định xếp loại",
            "RE_EVALUATION", "Đánh giá lại",
            "COMPLAINT_UPHELD", "Chấp nhận khiếu nại",
            "UPHELD", "Chấp nhận khiếu nại",
            "REJECTED", "Không chấp nhận khiếu nại");

    private final JsonMapper json;

    StepDetails(JsonMapper json) {
        this.json = json;
    }

    List<FormViews.Detail> of(String details) {
        List<FormViews.Detail> out = new ArrayList<>();
        if (details == null || details.isBlank()) {
            return out;
        }
        JsonNode root = json.readTree(details);
        if (!root.isObject()) {
            return out;
        }
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            if (!field.getValue().isNull()) {
                out.add(new FormViews.Detail(label(field.getKey()), text(field.getValue())));
            }
        }
        return out;
    }

    private static String label(String key) {
        return LABELS.getOrDefault(key, key);
    }

    private static String text(JsonNode node) {
        if (node.isNumber()) {
            return node.decimalValue().stripTrailingZeros().toPlainString().replace('.', ','); // 7,5 as written in Vietnamese
        }
        if (node.isValueNode()) {
            return VALUES.getOrDefault(node.asString(), node.asString());
        }
        StringJoiner parts = new StringJoiner(node.isArray() ? "\n" : "; ");
        if (node.isArray()) {
            node.forEach(item -> parts.add("– " + text(item)));
        } else {
            node.properties().forEach(e -> parts.add(label(e.getKey()) + ": " + text(e.getValue())));
        }
        return parts.toString();
    }
}
