package vn.gov.sokhcn.kpi.ruleset.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.gov.sokhcn.kpi.security.CurrentUser;
import vn.gov.sokhcn.kpi.security.KpiPrincipal;
import vn.gov.sokhcn.kpi.security.Role;

/**
 * The four-eyes checks of the service itself, whatever the URL rules in front of it: each refusal and
 * its reason in Vietnamese.
 */
class FourEyesRulesTest {
    final FourEyes fourEyes = new FourEyes(new CurrentUser());

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void shouldLetExpertsHrOfficersAndAdministratorsUploadOnly() {
        for (Role role : new Role[] {Role.EXPERT, Role.HR_OFFICER, Role.ADMIN}) {
            signIn("u", role);
            assertThat(fourEyes.uploader()).isEqualTo("u");
        }
        signIn("head", Role.UNIT_HEAD);
        assertThatThrownBy(fourEyes::uploader).isInstanceOf(RuleSetForbiddenException.class).hasMessage("Chỉ thành viên tổ "
                + "chuyên gia, cán bộ tổ chức hoặc quản trị viên được tải lên bộ quy tắc; vai trò của «head» là «Trưởng đơn vị».");
        SecurityContextHolder.clearContext();
        assertThatThrownBy(fourEyes::uploader).isInstanceOf(RuleSetForbiddenException.class).hasMessage("Chỉ thành viên tổ "
                + "chuyên gia, cán bộ tổ chức hoặc quản trị viên được tải lên bộ quy tắc; «khách» chưa đăng nhập với vai trò nào.");
    }

    @Test
    void shouldLetOnlyAnHrOfficerWhoIsNotTheAuthorActivate() {
        signIn("hr", Role.HR_OFFICER);
        assertThatThrownBy(() -> fourEyes.activator(version(5, "hr", false, null), List.of())).isInstanceOf(RuleSetForbiddenException.class)
                .hasMessage("Phiên bản 5 do hr tải lên; cần một cán bộ tổ chức khác kích hoạt.");
        assertThat(fourEyes.activator(version(5, "expert", false, null), List.of())).isEqualTo("hr");
        for (Role role : new Role[] {Role.ADMIN, Role.EXPERT, Role.UNIT_HEAD, Role.EMPLOYEE}) {
            signIn("x", role);
            assertThatThrownBy(() -> fourEyes.activator(version(5, "expert", false, null), List.of()))
                    .isInstanceOf(RuleSetForbiddenException.class)
                    .hasMessage("Chỉ cán bộ tổ chức được kích hoạt phiên bản bộ quy tắc; vai trò của «x» là «" + role.label() + "».");
        }
    }

    @Test
    void shouldLetAnyHrOfficerActivateTheServersOwnVersions() {
        signIn(FolderDrafts.AUTHOR, Role.HR_OFFICER);
        assertThat(fourEyes.activator(version(3, FolderDrafts.AUTHOR, true, null), List.of())).isEqualTo(FolderDrafts.AUTHOR);
        signIn("hr", Role.HR_OFFICER);
        assertThat(fourEyes.activator(version(1, "hệ thống", false, null), List.of())).isEqualTo("hr");
    }

    @Test
    void shouldNeedAnotherAdministratorsApprovalOfAStructuralVersion() {
        signIn("hr2", Role.HR_OFFICER);
        assertThatThrownBy(() -> fourEyes.activator(version(7, "expert", true, null), List.of())).isInstanceOf(ApprovalRequiredException.class)
                .hasMessageContaining("cần quản trị viên phê duyệt thay đổi cấu trúc");
        assertThat(fourEyes.activator(version(7, "expert", true, "admin"), List.of())).isEqualTo("hr2");
        assertThatThrownBy(() -> fourEyes.approver(version(7, "expert", true, null), List.of())).isInstanceOf(RuleSetForbiddenException.class)
                .hasMessage("Chỉ quản trị viên được phê duyệt thay đổi cấu trúc của bộ quy tắc; vai trò của «hr2» là «Cán bộ tổ chức - nhân sự».");
        signIn("admin", Role.ADMIN);
        assertThat(fourEyes.approver(version(7, "expert", true, null), List.of())).isEqualTo("admin");
        assertThatThrownBy(() -> fourEyes.approver(version(7, "admin", true, null), List.of())).isInstanceOf(RuleSetForbiddenException.class)
                .hasMessage("Phiên bản 7 do admin tải lên; cần một quản trị viên khác phê duyệt.");
    }

    private static RuleSetVersion version(int number, String author, boolean structural, String approvedBy) {
        return new RuleSetVersion(number, RuleSetVersion.State.DRAFT, "0".repeat(64), author, null, LocalDateTime.now(), null, null,
                null, null, 1, structural, approvedBy, approvedBy == null ? null : LocalDateTime.now());
    }

    private static void signIn(String name, Role role) {
        KpiPrincipal principal = new KpiPrincipal(name, null, role, null, true);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }
}
