package vn.gov.sokhcn.kpi.security.user;

import jakarta.validation.constraints.NotBlank;

/** A new password; the current one is required when users change their own. */
record PasswordChange(String currentPassword, @NotBlank(message = "Cần mật khẩu mới") String newPassword) {
}
