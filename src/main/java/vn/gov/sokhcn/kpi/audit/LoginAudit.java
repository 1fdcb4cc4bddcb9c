package vn.gov.sokhcn.kpi.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.security.LoginThrottled;

/**
 * Sign-ins and sign-outs of the console, from Spring Security's events: a form login is LOGIN, a
 * refused one LOGIN_FAILED (the actor is the user name that was tried, whatever the reason: bad
 * credentials, a locked or disabled account), a logout LOGOUT. A successful HTTP Basic authentication
 * of an API call is not recorded (it happens on every call and is not an interactive sign-in);
 * a refused one is. A sign-in the throttle refused before checking it is LOGIN_THROTTLED.
 */
@Component
class LoginAudit {
    private final AuditLog log;

    LoginAudit(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void success(InteractiveAuthenticationSuccessEvent event) {
        String user = event.getAuthentication().getName();
        log.recordAs(user, AuditAction.LOGIN, "User", user, null, null, "Người dùng «" + user + "» đăng nhập");
    }

    @EventListener
    void failure(AbstractAuthenticationFailureEvent event) {
        String user = event.getAuthentication().getName();
        log.recordAs(user, AuditAction.LOGIN_FAILED, "User", user, null, null, "Đăng nhập không thành công với tên «"
                + user + "»: " + reason(event));
    }

    @EventListener
    void logout(LogoutSuccessEvent event) {
        String user = event.getAuthentication().getName();
        log.recordAs(user, AuditAction.LOGOUT, "User", user, null, null, "Người dùng «" + user + "» đăng xuất");
    }

    @EventListener
    void throttled(LoginThrottled event) {
        String user = event.username();
        log.recordAs(user, AuditAction.LOGIN_THROTTLED, "User", user, null, null, "Từ chối đăng nhập với tên «" + user
                + "» từ " + event.remoteAddress() + ": sai quá nhiều lần, thử lại sau " + event.retryAfterSeconds() + " giây");
    }

    private static String reason(AbstractAuthenticationFailureEvent event) {
        return switch (event.getClass().getSimpleName()) {
            case "AuthenticationFailureBadCredentialsEvent" -> "sai tên đăng nhập hoặc mật khẩu";
            case "AuthenticationFailureDisabledEvent" -> "tài khoản bị vô hiệu hóa";
            case "AuthenticationFailureLockedEvent" -> "tài khoản bị khóa";
            case "AuthenticationFailureExpiredEvent", "AuthenticationFailureCredentialsExpiredEvent" -> "tài khoản hoặc mật khẩu đã hết hạn";
            default -> "không xác thực được";
        };
    }
}
