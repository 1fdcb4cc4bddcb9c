package vn.gov.sokhcn.kpi.console.token;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gov.sokhcn.kpi.security.Role;
import vn.gov.sokhcn.kpi.security.token.ApiTokenRequest;
import vn.gov.sokhcn.kpi.security.token.ApiTokens;
import vn.gov.sokhcn.kpi.system.ConflictException;
import vn.gov.sokhcn.kpi.system.FieldProblem;
import vn.gov.sokhcn.kpi.system.InvalidRequestException;

/**
 * {@code /api-tokens}, for administrators: «Mã truy cập cho hệ thống khác». A new token is shown in the answer to
 * its creation only (rendered, not redirected, so it never rests in the session's flash attributes); a refused one
 * shows the form again with each error under its field.
 */
@Controller
class ApiTokenPageController {
    private static final List<Role> ROLES = List.of(Role.ADMIN, Role.HR_OFFICER, Role.EXPERT, Role.UNIT_HEAD);

    private final ApiTokens tokens;

    ApiTokenPageController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @ModelAttribute
    void page(Model model) {
        model.addAttribute("tokens", tokens.list());
        model.addAttribute("roles", ROLES);
    }

    @GetMapping("/api-tokens")
    String list() {
        return "tokens/list";
    }

    @PostMapping("/api-tokens")
    String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String role,
                  @RequestParam(defaultValue = "") String scope, @RequestParam(defaultValue = "") String expiresAt,
                  Model model, HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            model.addAttribute("issued", tokens.create(new ApiTokenRequest(name, role(role), scope, time(expiresAt))));
            model.addAttribute("tokens", tokens.list());
            response.setStatus(HttpStatus.CREATED.value());
            return "tokens/list";
        } catch (InvalidRequestException e) {
            for (FieldProblem problem : e.problems()) {
                errors.putIfAbsent(problem.field().replace("$.", ""), problem.message());
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } catch (ConflictException e) {
            errors.put("name", e.getMessage());
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        model.addAttribute("errors", errors);
        return "tokens/list";
    }

    @PostMapping("/api-tokens/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("revoked", "Đã thu hồi mã truy cập «" + tokens.revoke(id).name() + "».");
        return "redirect:/api-tokens";
    }

    /** The browser's {@code datetime-local} value; anything else is no time (the service names the field). */
    private static LocalDateTime time(String text) {
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Role role(String name) {
        return Arrays.stream(Role.values()).filter(role -> role.name().equals(name)).findFirst().orElse(null);
    }
}
