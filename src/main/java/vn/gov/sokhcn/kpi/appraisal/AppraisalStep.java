package vn.gov.sokhcn.kpi.appraisal;

/**
 * Where an appraisal stands (column {@code appraisals.step}), in the order of the procedure;
 * complaints come after publication.
 */
public enum AppraisalStep {
    SELF_ASSESSMENT("Tự đánh giá"),
    UNIT_REVIEW("Đơn vị nhận xét"),
    DECISION("Chờ quyết định"),
    DECIDED("Đã quyết định"),
    PUBLISHED("Đã công bố"),
    COMPLAINED("Đang khiếu nại"),
    RESOLVED("Đã giải quyết khiếu nại");

    private final String label;

    AppraisalStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
