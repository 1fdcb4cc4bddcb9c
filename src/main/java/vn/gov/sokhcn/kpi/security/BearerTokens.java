package vn.gov.sokhcn.kpi.security;

/**
 * API tokens of other systems, as the sign-in needs them: checked by a hash lookup (never BCrypt) and each use
 * reported. Implemented by {@code security.token}; declared here so that the filter chain does not depend on it.
 */
public interface BearerTokens {

    /** The principal of a valid token, or why it is refused (a Vietnamese sentence for the 401). */
    Verdict verify(String token);

    /** A request made with this token has been answered with {@code status}. */
    void used(KpiPrincipal principal, String method, String path, int status, String remoteAddress);

    /** Exactly one of the two is set. */
    record Verdict(KpiPrincipal principal, String refusal) {
        public static Verdict accepted(KpiPrincipal principal) {
            return new Verdict(principal, null);
        }

        public static Verdict refused(String refusal) {
            return new Verdict(null, refusal);
        }
    }
}
