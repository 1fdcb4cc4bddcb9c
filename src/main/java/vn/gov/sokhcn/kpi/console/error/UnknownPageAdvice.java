package vn.gov.sokhcn.kpi.console.error;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address nothing answers: under /api/ the same problem details as before (messages.properties), for a
 * page the Vietnamese 404 page with the menu.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class UnknownPageAdvice {
    private final ErrorPages pages;
    private final MessageSource messages;

    UnknownPageAdvice(ErrorPages pages, MessageSource messages) {
        this.pages = pages;
        this.messages = messages;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object unknown(NoResourceFoundException e, HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.equals("/api")) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(e.updateAndGetBody(messages, LocaleContextHolder.getLocale()));
        }
        return pages.page(HttpStatus.NOT_FOUND, "Không có trang «" + path + "».");
    }
}
