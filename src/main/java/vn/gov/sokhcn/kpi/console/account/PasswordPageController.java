package vn.gov.sokhcn.kpi.console.account;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gov.sokhcn.kpi.system.FieldProblem;
import vn.gov.sokhcn.kpi.system.InvalidRequestException;
import vn.gov.sokhcn.kpi.security.CurrentUser;
import vn.gov.sokhcn.kpi.security.KpiSecurityProperties;
import vn.gov.sokhcn.kpi.security.user.OwnPassword;

/**
 * {@code /account/password}, for every signed-in user: the current password and the new one twice. A
 * refused change shows the page again (400) with each error under its field; nothing is stored then.
 */
@Controller
class PasswordPageController {
    private final OwnPassword passwords;
    private final CurrentUser currentUser;
    private final int minLength;

    PasswordPageController(OwnPassword passwords, CurrentUser currentUser,
                           KpiSecurityProperties security) {
        this.passwords = passwords;
        this.currentUser = currentUser;
        this.minLength = security.passwordMinLength();
    }

    /** What every rendering of the page needs: the length rule, and whether the change is forced. */
    @ModelAttribute
    void rules(Model model) {
        model.addAttribute("minLength", minLength);
        model.addAttribute("mustChange", currentUser.mustChangePassword());
    }

    @GetMapping("/account/password")
    String form() {
        return "account/password";
    }

    @PostMapping("/account/password")
    String change(@RequestParam(defaultValue = "") String currentPassword, @RequestParam(defaultValue = "") String newPassword,
                  @RequestParam(defaultValue = "") String repeatedPassword, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!newPassword.equals(repeatedPassword)) {
            errors.put("repeatedPassword", "Hai lần nhập mật khẩu mới không giống nhau");
        } else {
            try {
                passwords.change(currentUser.name(), currentPassword, newPassword);
                redirect.addFlashAttribute("changed", "Đã đổi mật khẩu.");
                return "redirect:/account/password";
            } catch (InvalidRequestException e) {
                for (FieldProblem problem : e.problems()) {
                    errors.putIfAbsent(problem.field().replace("$.", ""), problem.message());
                }
            }
        }
        model.addAttribute("errors", errors);
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return "account/password";
    }
}
