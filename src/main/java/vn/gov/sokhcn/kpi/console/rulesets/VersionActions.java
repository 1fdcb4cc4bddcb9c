package vn.gov.sokhcn.kpi.console.rulesets;

import java.util.Set;
import vn.gov.sokhcn.kpi.ruleset.version.ActiveRuleSet;
import vn.gov.sokhcn.kpi.ruleset.version.RuleSetVersion;
import vn.gov.sokhcn.kpi.ruleset.version.RuleSetVersion.State;
import vn.gov.sokhcn.kpi.security.CurrentUser;
import vn.gov.sokhcn.kpi.security.Role;

/**
 * Which buttons of a version page the signed-in user may use, and why not in Vietnamese — the same four-eyes
 * rules the service enforces (ruleset/version/FourEyes); the service decides again when a button is pressed.
 */
record VersionActions(Action approve, Action activate) {
    /** Authors that are the server's own (the folders at the first start, the folder watcher). */
    static final Set<String> OPERATOR_AUTHORS = Set.of(ActiveRuleSet.FIRST_START_AUTHOR, "thư mục quy tắc");

    /** A button: shown at all, usable, its label, and why it cannot be used (null when it can). */
    record Action(boolean shown, boolean allowed, String label, String reason) {
        static Action allowed(String label) {
            return new Action(true, true, label, null);
        }

        static Action refused(String label, String reason) {
            return new Action(true, false, label, reason);
        }

        static Action hidden() {
            return new Action(false, false, "", null);
        }
    }

    static VersionActions of(RuleSetVersion v, int problems, CurrentUser user) {
        return new VersionActions(approve(v, user), activate(v, problems, user));
    }

    private static Action approve(RuleSetVersion v, CurrentUser user) {
        String label = "Phê duyệt thay đổi cấu trúc";
        if (!v.structural() || OPERATOR_AUTHORS.contains(v.author())) {
            return Action.hidden();
        }
        if (v.approvedBy() != null) {
            return Action.refused(label, "Đã được " + v.approvedBy() + " phê duyệt.");
        }
        if (v.state() != State.DRAFT) {
            return Action.refused(label, "Phiên bản không còn là bản nháp.");
        }
        if (!user.has(Role.ADMIN)) {
            return Action.refused(label, "Chỉ quản trị viên được phê duyệt thay đổi cấu trúc (dòng mã, trang tính, tệp DRL).");
        }
        if (v.author().equals(user.name())) {
            return Action.refused(label, "Phiên bản do bạn tải lên; cần một quản trị viên khác phê duyệt.");
        }
        return Action.allowed(label);
    }

    private static Action activate(RuleSetVersion v, int problems, CurrentUser user) {
        String label = v.state() == State.RETIRED ? "Quay lại phiên bản này" : "Kích hoạt";
        if (v.state() == State.ACTIVE) {
            return Action.refused(label, "Phiên bản này đang được áp dụng.");
        }
        if (!user.has(Role.HR_OFFICER)) {
            return Action.refused(label, "Chỉ cán bộ tổ chức được kích hoạt phiên bản bộ quy tắc.");
        }
        if (!OPERATOR_AUTHORS.contains(v.author()) && v.author().equals(user.name())) {
            return Action.refused(label, "Phiên bản do bạn tải lên. Cần một cán bộ tổ chức khác kích hoạt.");
        }
        if (v.structural() && v.approvedBy() == null && !OPERATOR_AUTHORS.contains(v.author())) {
            return Action.refused(label, "Có thay đổi cấu trúc: cần quản trị viên phê duyệt trước khi kích hoạt.");
        }
        if (problems > 0) {
            return Action.refused(label, "Còn " + problems + " lỗi (kể cả ca kiểm thử sai): sửa rồi tải lên lại.");
        }
        return Action.allowed(label);
    }
}
