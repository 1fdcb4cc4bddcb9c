package vn.gov.sokhcn.kpi.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer …} on the API: the token is checked by {@link BearerTokens} (a hash lookup, no
 * BCrypt) and its principal holds for this request only. Nothing is saved in a session, so a machine client never
 * gets one; a refused token is 401 problem details at once, never a fall-back to another sign-in. Created by
 * {@link SecurityConfiguration}, not a bean.
 */
class BearerTokenFilter extends OncePerRequestFilter {
    private static final String SCHEME = "Bearer ";
    static final String CHALLENGE = "Bearer realm=\"kpi\", error=\"invalid_token\"";

    private final BearerTokens tokens;
    private final ProblemResponses problems;

    BearerTokenFilter(BearerTokens tokens, ProblemResponses problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            chain.doFilter(request, response);
            return;
        }
        BearerTokens.Verdict verdict = tokens.verify(header.substring(SCHEME.length()).trim());
        if (verdict.principal() == null) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "urn:kpi:problem:invalid-token",
                    "Mã truy cập không hợp lệ", verdict.refusal());
            return;
        }
        KpiPrincipal principal = verdict.principal();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
            tokens.used(principal, request.getMethod(), PasswordChangeGate.path(request), response.getStatus(),
                    request.getRemoteAddr());
        }
    }

    /** Tokens open the API only; the console's pages are for people. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = PasswordChangeGate.path(request);
        return !path.startsWith("/api/");
    }
}
