package vn.gov.sokhcn.kpi.console.error;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that reach /error from a browser (a page refused by the URL rules, a failure outside a
 * controller) show the Vietnamese error page with the menu instead of the Whitelabel page.
 */
@Component
class ConsoleErrorViewResolver implements ErrorViewResolver {
    private final ErrorPages pages;

    ConsoleErrorViewResolver(ErrorPages pages) {
        this.pages = pages;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Map<String, Object> page = new HashMap<>(model);
        pages.fill(page, status.value(), null);
        return new ModelAndView("error", page, status);
    }
}
