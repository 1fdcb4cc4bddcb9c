package vn.gov.sokhcn.kpi.console.error;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import vn.gov.sokhcn.kpi.console.ConsoleUser;
import vn.gov.sokhcn.kpi.security.CurrentUser;

/** The Vietnamese error page (templates/error.html) with the menu: its title and what to do, by status. */
@Component
public class ErrorPages {
    private static final Map<Integer, String> TITLES = Map.of(
            403, "Bạn không có quyền xem trang này",
            404, "Không tìm thấy trang",
            400, "Yêu cầu không hợp lệ",
            405, "Trang không nhận thao tác này",
            500, "Đã có lỗi trong hệ thống");
    private static final Map<Integer, String> HINTS = Map.of(
            403, "Trang này dành cho vai trò khác, hoặc là kết quả của người ngoài phạm vi bạn được xem. Cán bộ chỉ xem được"
                    + " kết quả của chính mình; trưởng đơn vị xem được kết quả của đơn vị mình phụ trách.",
            404, "Địa chỉ không đúng, hoặc dữ liệu đã bị xóa. Hãy quay lại trang Tổng quan hoặc chọn một mục trên thanh menu.",
            500, "Lỗi đã được ghi vào nhật ký của dịch vụ. Hãy thử lại sau ít phút; nếu vẫn lỗi, báo quản trị hệ thống.");

    private final CurrentUser currentUser;

    ErrorPages(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public ModelAndView page(HttpStatus status, String message) {
        ModelAndView view = new ModelAndView("error");
        view.setStatus(status);
        fill(view.getModel(), status.value(), message);
        return view;
    }

    void fill(Map<String, Object> model, int status, String message) {
        model.put("status", status);
        model.put("title", TITLES.getOrDefault(status, status >= 500 ? TITLES.get(500) : "Không thực hiện được yêu cầu"));
        model.put("hint", HINTS.getOrDefault(status, status >= 500 ? HINTS.get(500) : HINTS.get(404)));
        model.put("message", message);
        model.put("user", currentUser.role().isPresent() ? ConsoleUser.of(currentUser) : null);
    }
}
