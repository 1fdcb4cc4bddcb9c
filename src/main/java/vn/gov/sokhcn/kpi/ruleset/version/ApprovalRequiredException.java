package vn.gov.sokhcn.kpi.ruleset.version;

/** A structural version activated before an administrator approved it: 409. */
class ApprovalRequiredException extends RuntimeException {

    ApprovalRequiredException(String message) {
        super(message);
    }

    /** An approval that has no object (nothing structural, already approved, no longer a draft): 409. */
    static class NotNeeded extends ApprovalRequiredException {
        NotNeeded(String message) {
            super(message);
        }
    }
}
