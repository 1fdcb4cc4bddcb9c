package vn.gov.sokhcn.kpi.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The page a signed-in user lands on: who they are and what they may open. */
@Controller
class HomeController {
    private final CurrentUser currentUser;

    HomeController(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("username", currentUser.name());
        model.addAttribute("role", currentUser.role().map(Role::label).orElse(""));
        return "index";
    }
}
