package vn.gov.sokhcn.kpi.security;

import org.springframework.security.access.AccessDeniedException;

/** The Vietnamese sentence of a refusal: the service's own reason, or the role the user holds. */
final class Forbidden {
    private Forbidden() {
    }

    static String detail(CurrentUser user, AccessDeniedException e) {
        if (e instanceof ScopeDeniedException scoped) {
            return scoped.getMessage();
        }
        String role = user.role().map(Role::label).orElse("không có vai trò");
        return "Tài khoản «" + user.name() + "» (" + role + ") không được phép thực hiện thao tác này.";
    }
}
