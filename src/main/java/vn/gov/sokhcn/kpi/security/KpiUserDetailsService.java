package vn.gov.sokhcn.kpi.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads a user with the code of the employee they are, for form login and HTTP Basic alike. */
@Service
class KpiUserDetailsService implements UserDetailsService {
    private final JdbcClient jdbc;

    KpiUserDetailsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("""
                        SELECT u.username, u.password_hash, u.role, e.code AS employee_code, u.enabled, u.must_change_password
                        FROM app_users u LEFT JOIN employees e ON e.id = u.employee_id
                        WHERE u.username = :username""")
                .param("username", username)
                .query((rs, row) -> new KpiPrincipal(rs.getString("username"), rs.getString("password_hash"),
                        Role.valueOf(rs.getString("role")), rs.getString("employee_code"), rs.getBoolean("enabled"),
                        rs.getBoolean("must_change_password")))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("Không có tài khoản này"));
    }
}
