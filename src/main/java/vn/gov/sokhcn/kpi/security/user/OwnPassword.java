package vn.gov.sokhcn.kpi.security.user;

import org.springframework.stereotype.Service;
import vn.gov.sokhcn.kpi.system.InvalidRequestException;

/**
 * A signed-in user changes their own password (the console's page; the API is PUT /api/users/me/password):
 * the same checks as the API, and a changed password frees a must-change account.
 */
@Service
public class OwnPassword {
    private final UserService users;

    OwnPassword(UserService users) {
        this.users = users;
    }

    /** @throws InvalidRequestException naming {@code $.currentPassword} or {@code $.newPassword} */
    public void change(String username, String currentPassword, String newPassword) {
        users.changeOwnPassword(username, new PasswordChange(currentPassword, newPassword));
    }
}
