package vn.gov.sokhcn.kpi.system.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The size limit of API request bodies ({@code kpi.http.max-json-body-size}): a declared Content-Length over it
 * is answered 413 before anything is read; a body without a length is cut off at the limit and answered 413 too.
 * Multipart uploads are left to their own limits ({@code spring.servlet.multipart.*} and each upload's own).
 */
final class BodySizeLimitFilter extends OncePerRequestFilter {
    private final long maxBytes;
    /** Written once: formatting the size on every request cost about 1 % of a one-person evaluation's CPU. */
    private final String detail;
    private final JsonMapper json;

    BodySizeLimitFilter(long maxBytes, JsonMapper json) {
        this.maxBytes = maxBytes;
        this.detail = PayloadTooLarge.jsonBodyDetail(maxBytes);
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            write(response, request, detail);
            return;
        }
        LimitedRequest limited = new LimitedRequest(request, maxBytes, detail);
        chain.doFilter(limited, response);
        // Whatever read the body and failed on the cut, the caller hears why: the body was too large.
        if (limited.exceeded() && response.getStatus() != HttpStatus.CONTENT_TOO_LARGE.value() && !response.isCommitted()) {
            response.resetBuffer();
            write(response, request, detail);
        }
    }

    private void write(HttpServletResponse response, HttpServletRequest request, String detail) throws IOException {
        ProblemDetail problem = PayloadTooLarge.problem(detail);
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        byte[] body = json.writeValueAsBytes(problem);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        // Sent now: a body too large for Tomcat to swallow closes the connection before a buffered answer would go out.
        response.flushBuffer();
    }
}
