package vn.gov.sokhcn.kpi.ruleset.version;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One stored version of the rule set, as listed by {@code GET /api/rulesets}; {@code approvedBy}/{@code approvedAt}:
 * the administrator who approved a structural version (four eyes).
 */
public record RuleSetVersion(int version, State state, String sha256, String author, String comment,
                             LocalDateTime createdAt, LocalDateTime activatedAt, String activatedBy,
                             LocalDate effectiveFrom, LocalDate effectiveTo, Integer basedOn, boolean structural,
                             String approvedBy, LocalDateTime approvedAt) {

    public enum State { DRAFT, ACTIVE, RETIRED }

    /** What a version awaiting approval shows instead of its build and test results. */
    public static final String PENDING_NOTICE = "Thay đổi mã quy tắc: cần quản trị viên phê duyệt trước khi chạy thử";

    /**
     * A version that changes rule code (structural), written by a person and not approved by an administrator
     * yet: nothing of it may be compiled or run (issue 13); only parsed, diffed and checked statically.
     */
    public boolean pendingApproval() {
        return structural && approvedBy == null && !FourEyes.OPERATOR_AUTHORS.contains(author);
    }

    /** {@link #PENDING_NOTICE} while the version awaits approval, else null. */
    public String notice() {
        return pendingApproval() ? PENDING_NOTICE : null;
    }

    /** A version with an effective range applies to periods whose start date lies in the range (ends included). */
    public boolean ranged() {
        return effectiveFrom != null || effectiveTo != null;
    }

    public boolean covers(LocalDate start) {
        return (effectiveFrom == null || !start.isBefore(effectiveFrom)) && (effectiveTo == null || !start.isAfter(effectiveTo));
    }

    public boolean overlaps(LocalDate from, LocalDate to) {
        return (effectiveFrom == null || to == null || !to.isBefore(effectiveFrom))
                && (effectiveTo == null || from == null || !from.isAfter(effectiveTo));
    }
}
