package vn.gov.sokhcn.kpi.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The Vietnamese sign-in page of the console; Spring Security handles the form it posts. */
@Controller
class LoginController {
    @GetMapping("/login")
    String login() {
        return "login";
    }
}
