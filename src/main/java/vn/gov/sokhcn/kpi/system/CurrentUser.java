package vn.gov.sokhcn.kpi.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who is acting, for "entered by" and "started by". Until users and roles exist this is the
 * {@code X-User} header of the request, or "khách" (guest) when there is none or no request at all.
 */
@Component
public class CurrentUser {
    static final String HEADER = "X-User";
    static final String GUEST = "khách";

    public String name() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            String header = request.getHeader(HEADER);
            if (header != null && !header.isBlank()) {
                return header.strip();
            }
        }
        return GUEST;
    }
}
