package vn.gov.sokhcn.kpi.ruleset.version;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.sokhcn.kpi.ruleset.RuleProblem;

/**
 * The validation of a version's files (keyed by version and SHA-256, and whether only the static checks ran), in
 * the database so that every instance shows the same problems without validating again.
 */
@Repository
class ValidationStore {
    private final JdbcClient jdbc;
    private final TransactionTemplate separately;

    ValidationStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    Optional<List<RuleProblem>> find(int version, String sha256, boolean staticOnly) {
        boolean known = jdbc.sql("SELECT COUNT(*) FROM rule_set_validations WHERE version = ? AND sha256 = ? AND static_only = ?")
                .params(version, sha256, staticOnly).query(Long.class).single() > 0;
        if (!known) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("""
                        SELECT location, message, expected FROM rule_set_validation_problems
                        WHERE version = ? AND sha256 = ? AND static_only = ? ORDER BY ordinal""")
                .params(version, sha256, staticOnly)
                .query((rs, n) -> new RuleProblem(rs.getString(1), rs.getString(2), rs.getString(3))).list());
    }

    /**
     * Stores a validation in a transaction of its own (the caller's may be read-only or roll back); when another
     * instance stored the same one first, its rows stay: the same files give the same problems.
     */
    void save(int version, String sha256, boolean staticOnly, List<RuleProblem> problems) {
        try {
            separately.executeWithoutResult(t -> {
                jdbc.sql("INSERT INTO rule_set_validations (version, sha256, static_only, checked_at) VALUES (?, ?, ?, ?)")
                        .params(version, sha256, staticOnly, LocalDateTime.now()).update();
                for (int i = 0; i < problems.size(); i++) {
                    RuleProblem p = problems.get(i);
                    jdbc.sql("""
                                    INSERT INTO rule_set_validation_problems (version, sha256, static_only, ordinal, location,
                                                                              message, expected) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                            .params(version, sha256, staticOnly, i, p.location(), p.message(), p.expected()).update();
                }
            });
        } catch (DuplicateKeyException alreadyStored) {
            // another instance validated the same files at the same time
        }
    }
}
