package vn.gov.sokhcn.kpi.appraisal.publication;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.organisation.Unit;
import vn.gov.sokhcn.kpi.organisation.UnitTrees;
import vn.gov.sokhcn.kpi.security.CurrentUser;
import vn.gov.sokhcn.kpi.security.Role;

/** Who is reading an export: their role and, for an account that names an employee, that employee's agency. */
@Component
class Viewers {
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final UnitTrees units;

    Viewers(CurrentUser currentUser, JdbcClient jdbc, UnitTrees units) {
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.units = units;
    }

    record Viewer(Role role, Long employeeId, Long agencyId) {
        /** HR officers and administrators run the procedure: they see a cycle before it is published. */
        boolean hr() {
            return role == Role.HR_OFFICER || role == Role.ADMIN;
        }
    }

    Viewer current() {
        Role role = currentUser.role().orElse(null);
        Optional<long[]> me = currentUser.employeeCode().flatMap(code -> jdbc.sql(
                        "SELECT id, unit_id FROM employees WHERE code = ?").param(code)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).optional());
        Long agency = me.flatMap(m -> units.load().agencyOf(m[1])).map(Unit::id).orElse(null);
        return new Viewer(role, me.map(m -> m[0]).orElse(null), agency);
    }
}
