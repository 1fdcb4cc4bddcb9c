package vn.gov.sokhcn.kpi.audit;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.gov.sokhcn.kpi.security.KpiPrincipal;
import vn.gov.sokhcn.kpi.security.Role;

/**
 * MockMvc requests as a signed-in user with a role (and a CSRF token, in case the chain asks for one), before and
 * after the users of issue 5 exist in the database.
 */
public final class Users {
    private Users() {
    }

    public static RequestPostProcessor as(String name, Role role) {
        RequestPostProcessor signedIn = user(new KpiPrincipal(name, "x", role, null, true));
        return request -> csrf().postProcessRequest(signedIn.postProcessRequest(request));
    }

    public static RequestPostProcessor admin() {
        return as("admin", Role.ADMIN);
    }

    public static RequestPostProcessor hr() {
        return as("hr", Role.HR_OFFICER);
    }

    public static RequestPostProcessor hr2() {
        return as("hr2", Role.HR_OFFICER);
    }

    public static RequestPostProcessor expert() {
        return as("expert", Role.EXPERT);
    }

    public static RequestPostProcessor staff() {
        return as("staff", Role.EMPLOYEE);
    }
}
