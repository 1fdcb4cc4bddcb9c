package vn.gov.sokhcn.kpi.console;

import vn.gov.sokhcn.kpi.security.CurrentUser;
import vn.gov.sokhcn.kpi.security.Role;

/** The signed-in user as every console page shows them, with what the menu may offer them. */
public record ConsoleUser(String name, String roleLabel, boolean policy, boolean hr, boolean reports,
                          String employeeCode, boolean admin) {

    public static ConsoleUser of(CurrentUser user) {
        return new ConsoleUser(user.name(),
                user.role().map(Role::label).orElse(""),
                user.has(Role.ADMIN, Role.HR_OFFICER, Role.EXPERT),
                user.has(Role.ADMIN, Role.HR_OFFICER),
                user.has(Role.ADMIN, Role.HR_OFFICER, Role.EXPERT, Role.UNIT_HEAD),
                user.employeeCode().orElse(null),
                user.has(Role.ADMIN));
    }
}
