package vn.gov.sokhcn.kpi.security.token;

/**
 * A token created or revoked, published in the request's transaction so that the audit log (a layer above
 * security) records it there, like {@code security.LoginThrottled}.
 */
public record ApiTokenEvent(Kind kind, ApiTokenView token) {
    public enum Kind { CREATED, REVOKED }
}
