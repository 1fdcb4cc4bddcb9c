package vn.gov.sokhcn.kpi.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The Vietnamese sign-in page of the console; Spring Security handles the form it posts. */
@Controller
class LoginController {
    @GetMapping("/login")
    String login() {
        return "login";
    }

    /** The sign-in page again, for a form post {@link LoginThrottleFilter} refused (it set the status 429). */
    @RequestMapping(LoginThrottleFilter.THROTTLED_PAGE)
    String throttled(HttpServletRequest request, Model model) {
        Object seconds = request.getAttribute(LoginThrottleFilter.RETRY_AFTER_SECONDS);
        model.addAttribute("throttled", seconds instanceof Long wait ? LoginThrottleFilter.message(wait)
                : "Đăng nhập sai quá nhiều lần; hãy thử lại sau ít phút.");
        return "login";
    }
}
