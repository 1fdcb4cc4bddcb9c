package vn.gov.sokhcn.kpi.security.token;

/** The answer to a creation: the token itself, shown this once and never again, and what is stored of it. */
public record IssuedApiToken(String token, ApiTokenView apiToken) {
}
