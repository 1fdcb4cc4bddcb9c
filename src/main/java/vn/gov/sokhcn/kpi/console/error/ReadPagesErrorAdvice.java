package vn.gov.sokhcn.kpi.console.error;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import vn.gov.sokhcn.kpi.system.db.DatabaseFailures;

/**
 * Any other failure of the read-only pages (dashboard, strategy map, results, person, help) is the
 * Vietnamese 500 page (503 while the database cannot be reached); the other console pages keep their own handling of their forms' errors.
 */
@ControllerAdvice(basePackages = {"vn.gov.sokhcn.kpi.console.dashboard", "vn.gov.sokhcn.kpi.console.strategy",
        "vn.gov.sokhcn.kpi.console.results", "vn.gov.sokhcn.kpi.console.person", "vn.gov.sokhcn.kpi.console.help"})
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ReadPagesErrorAdvice {
    private static final Logger log = LoggerFactory.getLogger(ReadPagesErrorAdvice.class);
    private final ErrorPages pages;

    ReadPagesErrorAdvice(ErrorPages pages) {
        this.pages = pages;
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e) {
        if (DatabaseFailures.isUnavailable(e)) {
            log.error("Cơ sở dữ liệu không truy cập được khi hiển thị trang", e);
            return pages.page(HttpStatus.SERVICE_UNAVAILABLE, "Cơ sở dữ liệu tạm thời không truy cập được; hãy tải lại trang "
                    + "sau ít phút.");
        }
        log.error("Lỗi không lường trước khi hiển thị trang", e);
        return pages.page(HttpStatus.INTERNAL_SERVER_ERROR, null);
    }
}
