package vn.gov.sokhcn.kpi.appraisal;

/** The kind of a recorded step (column {@code appraisal_steps.kind}), with the label people read. */
public enum StepKind {
    SELF_ASSESSMENT("Tự đánh giá"),
    UNIT_REVIEW("Nhận xét của đơn vị"),
    DECISION("Quyết định xếp loại"),
    PUBLICATION("Công bố kết quả"),
    COMPLAINT("Khiếu nại"),
    RESOLUTION("Giải quyết khiếu nại");

    private final String label;

    StepKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
