package vn.gov.sokhcn.kpi.demo;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.security.Role;

/**
 * Who acts in the demo's appraisal steps: {@code hr} for HR; a person through their demo account when
 * they have one ({@code director} CB01, {@code head} CB17, {@code staff} CB19), otherwise as themselves
 * under their employee code (the audit log then names the person, e.g. «CB20»).
 */
@Component
class DemoActors {
    static final String HR = "hr";

    private final JdbcClient jdbc;

    DemoActors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    <T> T hr(Supplier<T> step) {
        return ActingAs.user(HR, Role.HR_OFFICER, null, step);
    }

    void hr(Runnable step) {
        ActingAs.user(HR, Role.HR_OFFICER, null, step);
    }

    /** The person as a member of staff or, for a head of a unit, as a unit head. */
    <T> T person(String employeeCode, boolean head, Supplier<T> step) {
        String username = account(employeeCode).orElse(employeeCode);
        return ActingAs.user(username, head ? Role.UNIT_HEAD : Role.EMPLOYEE, employeeCode, step);
    }

    void person(String employeeCode, boolean head, Runnable step) {
        person(employeeCode, head, () -> {
            step.run();
            return null;
        });
    }

    private Optional<String> account(String employeeCode) {
        return jdbc.sql("""
                SELECT u.username FROM app_users u JOIN employees e ON e.id = u.employee_id
                WHERE e.code = ? AND u.enabled ORDER BY u.username""").param(employeeCode).query(String.class).list()
                .stream().findFirst();
    }
}
