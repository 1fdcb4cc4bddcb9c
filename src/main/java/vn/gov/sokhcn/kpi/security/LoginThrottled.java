package vn.gov.sokhcn.kpi.security;

/**
 * A sign-in refused by the throttle before its password was checked. Published as an application event,
 * like Spring Security's own sign-in events, so that the audit log (a layer above security) records it.
 */
public record LoginThrottled(String username, String remoteAddress, long retryAfterSeconds) {
}
