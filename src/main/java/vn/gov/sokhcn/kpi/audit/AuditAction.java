package vn.gov.sokhcn.kpi.audit;

/** What an audit event records; the label is how a page or an export names it. */
public enum AuditAction {
    LOGIN("Đăng nhập"),
    LOGIN_FAILED("Đăng nhập không thành công"),
    LOGIN_THROTTLED("Tạm khóa đăng nhập"),
    LOGOUT("Đăng xuất"),
    API_TOKEN_CREATED("Cấp mã truy cập"),
    API_TOKEN_REVOKED("Thu hồi mã truy cập"),
    API_TOKEN_USED("Dùng mã truy cập"),
    RULESET_UPLOADED("Tải lên phiên bản bộ quy tắc"),
    RULESET_VALIDATED("Kiểm tra phiên bản bộ quy tắc"),
    RULESET_APPROVED("Phê duyệt phiên bản bộ quy tắc"),
    RULESET_ACTIVATED("Kích hoạt"),
    RULESET_AUTO_ACTIVATED("Tự động kích hoạt từ thư mục"),
    RULESET_ROLLED_BACK("Quay lại phiên bản cũ"),
    RUN_STARTED("Bắt đầu lượt đánh giá"),
    RUN_COMPLETED("Hoàn tất lượt đánh giá"),
    RUN_FAILED("Lượt đánh giá không thành công"),
    IMPORT("Nhập số liệu"),
    CASCADE("Phân bổ chỉ tiêu"),
    TRIAL_RUN("Chạy thử nghiệm"),
    APPRAISAL_CYCLE_OPENED("Mở đợt đánh giá, xếp loại"),
    APPRAISAL_RE_EVALUATED("Đánh giá lại đợt"),
    APPRAISAL_SELF_ASSESSED("Tự đánh giá"),
    APPRAISAL_UNIT_REVIEWED("Đơn vị nhận xét"),
    APPRAISAL_DECIDED("Quyết định xếp loại"),
    APPRAISAL_CYCLE_PUBLISHED("Công bố kết quả"),
    APPRAISAL_COMPLAINT_FILED("Khiếu nại"),
    APPRAISAL_COMPLAINT_RESOLVED("Giải quyết khiếu nại"),
    CREATED("Thêm"),
    UPDATED("Sửa"),
    DELETED("Xóa");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    /** The Vietnamese name shown to people. */
    public String label() {
        return label;
    }
}
