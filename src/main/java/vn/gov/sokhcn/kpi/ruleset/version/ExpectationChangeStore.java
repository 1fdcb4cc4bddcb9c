package vn.gov.sokhcn.kpi.ruleset.version;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The expectation changes of draft steps ({@code rule_set_expectation_changes}). */
@Repository
public class ExpectationChangeStore {
    private final JdbcClient jdbc;

    ExpectationChangeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ExpectationChange c) {
        jdbc.sql("""
                INSERT INTO rule_set_expectation_changes (version, case_id, location, cell, old_value, new_value, author,
                    created_at, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.version(), c.caseId(), c.location(), c.cell(), c.oldValue(), c.newValue(), c.author(), c.createdAt(),
                        c.comment()).update();
    }

    /** The changes written by these versions, oldest step first, in the order written. */
    List<ExpectationChange> of(Collection<Integer> versions) {
        if (versions.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT version, case_id, location, cell, old_value, new_value, author, created_at, comment
                FROM rule_set_expectation_changes WHERE version IN (:versions) ORDER BY version, id""")
                .param("versions", versions)
                .query((rs, n) -> new ExpectationChange(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getObject(8, java.time.LocalDateTime.class), rs.getString(9)))
                .list();
    }
}
