package vn.gov.sokhcn.kpi.appraisal;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.appraisal.rules.AppraisalTables.Authority;
import vn.gov.sokhcn.kpi.security.CurrentUser;
import vn.gov.sokhcn.kpi.security.Role;
import vn.gov.sokhcn.kpi.security.Scope;
import vn.gov.sokhcn.kpi.security.ScopeDeniedException;
import vn.gov.sokhcn.kpi.security.Visibility;

/**
 * Who may read or take which step of an appraisal: staff only their own, unit heads their unit and
 * those below it, HR and administrators every one, experts read only; a decision only the competent
 * person (the head of the agency named on the appraisal, or HR entering the superior agency's decision).
 * A refusal is a 403 with its Vietnamese reason.
 */
@Component
public class AppraisalAccess {
    private final CurrentUser currentUser;
    private final Scope scope;
    private final JdbcClient jdbc;

    AppraisalAccess(CurrentUser currentUser, Scope scope, JdbcClient jdbc) {
        this.currentUser = currentUser;
        this.scope = scope;
        this.jdbc = jdbc;
    }

    public Visibility visibility() {
        return scope.visibility();
    }

    public void requireSees(AppraisalRow a) {
        if (isCompetent(a)) {
            return;
        }
        scope.requireEmployee(a.employeeId(), a.unitId(), "Không được xem bản đánh giá của «" + a.employeeCode()
                + "»: người này không thuộc phạm vi của tài khoản «" + currentUser.name() + "».");
    }

    /** Whether the signed-in user is the person appraised. */
    public boolean isSelf(AppraisalRow a) {
        return me().map(id -> id == a.employeeId()).orElse(false);
    }

    public void requireSelf(AppraisalRow a, String what) {
        if (!isSelf(a)) {
            throw new ScopeDeniedException("Chỉ chính «" + a.employeeCode() + "» mới được " + what + ".");
        }
    }

    /** The head of the person's unit (a unit head whose units cover it, not the person), or HR for them. */
    public void requireReviewer(AppraisalRow a) {
        boolean hr = currentUser.has(Role.ADMIN, Role.HR_OFFICER);
        boolean head = currentUser.has(Role.UNIT_HEAD) && !isSelf(a) && visibility().seesUnit(a.unitId());
        if (!hr && !head) {
            throw new ScopeDeniedException("Chỉ trưởng đơn vị của «" + a.employeeCode()
                    + "» (hoặc cán bộ tổ chức thay mặt) mới được ghi nhận xét của đơn vị.");
        }
    }

    public boolean isCompetent(AppraisalRow a) {
        if (Authority.Kind.SUPERIOR_AGENCY.name().equals(a.competentKind())) {
            return currentUser.has(Role.ADMIN, Role.HR_OFFICER);
        }
        return a.competentEmployeeId() != null && me().map(id -> id.equals(a.competentEmployeeId())).orElse(false);
    }

    public void requireCompetent(AppraisalRow a) {
        if (!isCompetent(a)) {
            String who = Authority.Kind.SUPERIOR_AGENCY.name().equals(a.competentKind())
                    ? "cán bộ tổ chức nhập quyết định của cơ quan cấp trên"
                    : "người đứng đầu cơ quan «" + a.cycle().agency() + "»";
            throw new ScopeDeniedException("Chỉ người có thẩm quyền (" + who + ") mới được quyết định xếp loại của «"
                    + a.employeeCode() + "».");
        }
    }

    /** HR and administrators act on whole cycles; experts and others only read. */
    public boolean isHr() {
        return currentUser.has(Role.ADMIN, Role.HR_OFFICER);
    }

    public String actor() {
        return currentUser.name();
    }

    /** The employee the signed-in user is, if any. */
    public Optional<Long> me() {
        return currentUser.employeeCode().flatMap(code -> jdbc.sql("SELECT id FROM employees WHERE code = ?").param(code)
                .query(Long.class).optional());
    }
}
