package vn.gov.sokhcn.kpi.ruleset.version;

/**
 * Something would compile or run a version whose rule code an administrator has not approved yet (issue 13):
 * refused with the version's notice, 409 {@code urn:kpi:problem:approval-required} in the API.
 */
public class PendingApprovalException extends RuntimeException {
    private final int version;

    public PendingApprovalException(int version) {
        super("Phiên bản " + version + " chưa chạy được. " + RuleSetVersion.PENDING_NOTICE + ".");
        this.version = version;
    }

    public int version() {
        return version;
    }
}
