package vn.gov.sokhcn.kpi.console;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.gov.sokhcn.kpi.security.CurrentUser;

/** Puts the signed-in user into the model of every console page, for the menu and the header. */
@ControllerAdvice(basePackages = "vn.gov.sokhcn.kpi.console")
class ConsoleModel {
    private final CurrentUser currentUser;

    ConsoleModel(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @ModelAttribute("user")
    ConsoleUser user() {
        return ConsoleUser.of(currentUser);
    }
}
