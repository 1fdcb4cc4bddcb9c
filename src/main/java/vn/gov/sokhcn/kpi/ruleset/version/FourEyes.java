package vn.gov.sokhcn.kpi.ruleset.version;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.security.CurrentUser;
import vn.gov.sokhcn.kpi.security.Role;

/**
 * Who may do what with a rule set version (issue 5, four eyes): an EXPERT, an HR_OFFICER or an ADMIN
 * uploads; only an HR_OFFICER other than the author activates; a structural version also needs the
 * approval of an ADMIN other than the author first. Versions written by the server itself (the folders
 * at the first start, the folder watcher) are the server operator's: any HR officer may activate them.
 */
@Component
class FourEyes {
    /** Authors that are the server operator's rather than a person's. */
    static final Set<String> OPERATOR_AUTHORS = Set.of(ActiveRuleSet.FIRST_START_AUTHOR, FolderDrafts.AUTHOR);

    private final CurrentUser currentUser;

    FourEyes(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    boolean mayUpload() {
        return currentUser.has(Role.EXPERT, Role.HR_OFFICER, Role.ADMIN);
    }

    String uploader() {
        if (!mayUpload()) {
            throw new RuleSetForbiddenException("Chỉ thành viên tổ chuyên gia, cán bộ tổ chức hoặc quản trị viên được tải lên "
                    + "bộ quy tắc" + held());
        }
        return currentUser.name();
    }

    /** {@code earlierSteps}: the draft steps the version was built on; their authors may not activate it either. */
    String activator(RuleSetVersion version, List<RuleSetVersion> earlierSteps) {
        String user = currentUser.name();
        if (!currentUser.has(Role.HR_OFFICER)) {
            throw new RuleSetForbiddenException("Chỉ cán bộ tổ chức được kích hoạt phiên bản bộ quy tắc" + held());
        }
        if (!OPERATOR_AUTHORS.contains(version.author()) && version.author().equals(user)) {
            throw new RuleSetForbiddenException("Phiên bản " + version.version() + " do " + version.author()
                    + " tải lên; cần một cán bộ tổ chức khác kích hoạt.");
        }
        ownStep(version, earlierSteps, user, "cán bộ tổ chức khác kích hoạt");
        if (version.structural() && version.approvedBy() == null && !OPERATOR_AUTHORS.contains(version.author())) {
            throw new ApprovalRequiredException("Phiên bản " + version.version() + " có thay đổi cấu trúc (dòng mã, trang "
                    + "tính hoặc tệp DRL); cần quản trị viên phê duyệt thay đổi cấu trúc trước khi kích hoạt "
                    + "(POST /api/rulesets/" + version.version() + "/approve).");
        }
        return user;
    }

    String approver(RuleSetVersion version, List<RuleSetVersion> earlierSteps) {
        String user = currentUser.name();
        if (!currentUser.has(Role.ADMIN)) {
            throw new RuleSetForbiddenException("Chỉ quản trị viên được phê duyệt thay đổi cấu trúc của bộ quy tắc" + held());
        }
        if (version.author().equals(user)) {
            throw new RuleSetForbiddenException("Phiên bản " + version.version() + " do " + version.author()
                    + " tải lên; cần một quản trị viên khác phê duyệt.");
        }
        ownStep(version, earlierSteps, user, "quản trị viên khác phê duyệt");
        if (!version.structural()) {
            throw new ApprovalRequiredException.NotNeeded("Phiên bản " + version.version()
                    + " không có thay đổi cấu trúc nên không cần phê duyệt; một cán bộ tổ chức khác người tải lên kích hoạt được ngay.");
        }
        if (version.approvedBy() != null) {
            throw new ApprovalRequiredException.NotNeeded("Phiên bản " + version.version() + " đã được " + version.approvedBy()
                    + " phê duyệt.");
        }
        if (version.state() != RuleSetVersion.State.DRAFT) {
            throw new ApprovalRequiredException.NotNeeded("Phiên bản " + version.version() + " không còn là bản nháp.");
        }
        return user;
    }

    /** Four eyes over a draft worked on in steps: whoever wrote any step is an author of the last. */
    private static void ownStep(RuleSetVersion version, List<RuleSetVersion> earlierSteps, String user, String needed) {
        earlierSteps.stream().filter(step -> step.author().equals(user) && !OPERATOR_AUTHORS.contains(step.author()))
                .findFirst().ifPresent(step -> {
                    throw new RuleSetForbiddenException("Phiên bản " + version.version() + " dựa trên bước " + step.version()
                            + " do " + step.author() + " tải lên; cần một " + needed + ".");
                });
    }

    private String held() {
        return currentUser.role().map(role -> "; vai trò của «" + currentUser.name() + "» là «" + role.label() + "».")
                .orElse("; «" + currentUser.name() + "» chưa đăng nhập với vai trò nào.");
    }
}
