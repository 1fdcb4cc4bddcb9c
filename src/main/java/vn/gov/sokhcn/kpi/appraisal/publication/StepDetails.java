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
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("selfRating", "Tự xếp loại"),
            Map.entry("proposedRating", "Đề xuất xếp loại"),
            Map.entry("criteria", "Tự chấm tiêu chí chung"),
            Map.entry("politics", "Chính trị tư tưởng"),
            Map.entry("ethics", "Đạo đức, lối sống"),
            Map.entry("style", "Tác phong, lề lối làm việc"),
            Map.entry("discipline", "Ý thức tổ chức kỷ luật"),
            Map.entry("comments", "Nhận xét từng nhiệm vụ"),
            Map.entry("assignmentComments", "Nhận xét từng nhiệm vụ"),
            Map.entry("assignment", "Nhiệm vụ"),
            Map.entry("indicator", "Chỉ tiêu"),
            Map.entry("comment", "Nhận xét"),
            Map.entry("meetingDate", "Ngày họp"),
            Map.entry("present", "Số người dự họp"),
            Map.entry("attendees", "Số người dự họp"),
            Map.entry("decisionId", "Số quyết định trong hệ thống"),
            Map.entry("rating", "Xếp loại"),
            Map.entry("reason", "Lý do"),
            Map.entry("superiorDecisionNo", "Văn bản của cơ quan cấp trên"));

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
        if (node.isValueNode()) {
            return node.asString();
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
