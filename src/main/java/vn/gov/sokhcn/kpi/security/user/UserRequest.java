package vn.gov.sokhcn.kpi.security.user;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.gov.sokhcn.kpi.security.Role;

/**
 * A new user, or (without username and password) the details of an existing one; {@code email} receives the
 * appraisal notices (optional).
 */
record UserRequest(
        @Pattern(regexp = "[a-z0-9._-]{2,100}", message = "Tên đăng nhập gồm 2–100 chữ thường không dấu, số, «.», «_» hoặc «-»")
        String username,
        String password,
        @NotBlank(message = "Cần họ tên hiển thị") @Size(max = 200, message = "Họ tên tối đa 200 ký tự") String displayName,
        @NotNull(message = "Cần vai trò: ADMIN, HR_OFFICER, EXPERT, UNIT_HEAD hoặc EMPLOYEE") Role role,
        @Size(max = 50, message = "Mã cán bộ tối đa 50 ký tự") String employee,
        Boolean enabled,
        @Email(message = "Địa chỉ thư điện tử không hợp lệ") @Size(max = 254, message = "Địa chỉ thư điện tử tối đa 254 ký tự")
        String email) {
}
