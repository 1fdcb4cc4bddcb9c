package vn.gov.sokhcn.kpi.console.appraisal;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import vn.gov.sokhcn.kpi.appraisal.step.AppraisalView;
import vn.gov.sokhcn.kpi.evaluation.facts.Rating;

/** The recorded values of a step (its {@code details}) as short Vietnamese lines under the step's text. */
final class StepLines {
    private StepLines() {
    }

    static List<String> of(AppraisalView.StepView step) {
        JsonNode d = step.details();
        List<String> lines = new ArrayList<>();
        switch (step.kind()) {
            case "SELF_ASSESSMENT" -> {
                add(lines, "Tự đề xuất xếp loại: ", rating(d.path("proposedRating")));
                JsonNode c = d.path("criteria");
                if (!c.isMissingNode() && !c.isNull()) {
                    lines.add("Tự chấm tiêu chí chung: chính trị, tư tưởng " + number(c.path("politics")) + "; đạo đức, lối sống "
                            + number(c.path("ethics")) + "; tác phong, lề lối " + number(c.path("style"))
                            + "; ý thức kỷ luật " + number(c.path("discipline")));
                }
                d.path("assignmentComments").forEach(a -> lines.add("Việc «" + a.path("indicator").asString("") + " — "
                        + a.path("indicatorName").asString("") + "»: " + a.path("comment").asString("")));
            }
            case "UNIT_REVIEW" -> {
                lines.add("Họp ngày " + day(d.path("meetingDate").asString("")) + ", " + d.path("present").asInt() + " người dự");
                add(lines, "Đơn vị đề xuất xếp loại: ", rating(d.path("proposedRating")));
                if (!d.path("selfAssessed").asBoolean(true)) {
                    lines.add("Người được đánh giá không tự đánh giá");
                }
            }
            case "DECISION" -> {
                add(lines, "Quyết định xếp loại: ", rating(d.path("rating")));
                add(lines, "Đề xuất: ", rating(d.path("proposedRating")));
                add(lines, "Số văn bản của cơ quan cấp trên: ", d.path("superiorDecisionNo").asString(null));
                if (!d.path("replaces").isNull() && !d.path("replaces").isMissingNode()) {
                    lines.add("Thay quyết định số " + d.path("replaces").asLong());
                }
            }
            case "COMPLAINT" -> add(lines, "Hạn giải quyết: ", day(d.path("resolveBy").asString("")));
            case "RESOLUTION" -> {
                lines.add("UPHELD".equals(d.path("outcome").asString("")) ? "Chấp nhận khiếu nại" : "Không chấp nhận khiếu nại");
                add(lines, "Xếp loại: ", rating(d.path("rating")));
            }
            default -> {
            }
        }
        return lines;
    }

    private static void add(List<String> lines, String lead, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(lead + value);
        }
    }

    private static String rating(JsonNode code) {
        String c = code.asString(null);
        return c == null || c.isBlank() ? null : Rating.valueOf(c).display();
    }

    private static String number(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? "—" : n.decimalValue().stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** 2027-01-18 → 18/01/2027. */
    private static String day(String iso) {
        return iso.length() == 10 ? iso.substring(8) + "/" + iso.substring(5, 7) + "/" + iso.substring(0, 4) : iso;
    }
}
