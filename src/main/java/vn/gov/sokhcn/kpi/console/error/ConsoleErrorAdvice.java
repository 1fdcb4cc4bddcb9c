package vn.gov.sokhcn.kpi.console.error;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import vn.gov.sokhcn.kpi.system.NotFoundException;

/**
 * On every console page (controllers under vn.gov.sokhcn.kpi.console), a refusal or an unknown object
 * is the Vietnamese error page with the menu, never problem JSON (the API keeps its problem details).
 */
@ControllerAdvice(basePackages = "vn.gov.sokhcn.kpi.console")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleErrorAdvice {
    private final ErrorPages pages;

    ConsoleErrorAdvice(ErrorPages pages) {
        this.pages = pages;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView denied(AccessDeniedException e) {
        return pages.page(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e) {
        return pages.page(HttpStatus.NOT_FOUND, e.getMessage());
    }
}
