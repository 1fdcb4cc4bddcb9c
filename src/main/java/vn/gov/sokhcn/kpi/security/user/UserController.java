package vn.gov.sokhcn.kpi.security.user;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.sokhcn.kpi.security.CurrentUser;

@RestController
@RequestMapping("/api/users")
@Tag(name = "Tài khoản", description = "Người dùng và vai trò (quản trị hệ thống); mỗi người đổi được mật khẩu của mình")
class UserController {
    private final UserService service;
    private final CurrentUser currentUser;

    UserController(UserService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "Danh sách tài khoản")
    List<UserView> all() {
        return service.all();
    }

    @GetMapping("/me")
    @Operation(summary = "Tài khoản đang đăng nhập")
    UserView me() {
        return service.get(currentUser.name());
    }

    @PutMapping("/me/password")
    @Operation(summary = "Đổi mật khẩu của chính mình", description = "Cần mật khẩu hiện tại.")
    ResponseEntity<Void> changeOwnPassword(@Valid @RequestBody PasswordChange change) {
        service.changeOwnPassword(currentUser.name(), change);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{username}")
    @Operation(summary = "Một tài khoản")
    UserView get(@PathVariable String username) {
        return service.get(username);
    }

    @PostMapping
    @Operation(summary = "Tạo tài khoản", description = "Trưởng đơn vị và cán bộ cần mã cán bộ của chính họ (employee).")
    ResponseEntity<UserView> create(@Valid @RequestBody UserRequest request) {
        UserView created = service.create(request);
        return ResponseEntity.created(URI.create("/api/users/" + created.username())).body(created);
    }

    @PutMapping("/{username}")
    @Operation(summary = "Sửa tài khoản", description = "Họ tên, vai trò, mã cán bộ, khóa/mở (enabled), thư điện tử (email: bỏ trống để giữ, chuỗi rỗng để xóa). "
            + "Không khóa hay đổi vai trò được quản trị hệ thống cuối cùng còn hoạt động (409).")
    UserView update(@PathVariable String username, @Valid @RequestBody UserRequest request) {
        return service.update(username, request);
    }

    @DeleteMapping("/{username}")
    @Operation(summary = "Xóa tài khoản", description = "Không xóa được quản trị hệ thống cuối cùng còn hoạt động (409).")
    ResponseEntity<Void> delete(@PathVariable String username) {
        service.delete(username);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{username}/password")
    @Operation(summary = "Đặt lại mật khẩu", description = "Quản trị hệ thống đặt mật khẩu mới cho một tài khoản.")
    ResponseEntity<Void> resetPassword(@PathVariable String username, @Valid @RequestBody PasswordChange change) {
        service.resetPassword(username, change);
        return ResponseEntity.noContent().build();
    }
}
