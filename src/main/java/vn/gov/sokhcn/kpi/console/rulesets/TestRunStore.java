package vn.gov.sokhcn.kpi.console.rulesets;

import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The last «Kiểm thử» run of a version's files in the database, so that every instance shows the same. */
@Repository
class TestRunStore {
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TransactionTemplate separately;

    TestRunStore(JdbcClient jdbc, JsonMapper json, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.json = json;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    Optional<VersionTests.TestRun> find(int version, String sha256) {
        return jdbc.sql("SELECT result FROM rule_set_test_runs WHERE version = ? AND sha256 = ?").params(version, sha256)
                .query(String.class).optional().map(text -> json.readValue(text, VersionTests.TestRun.class));
    }

    /** Replaces the version's last run; when another instance stored one at the same moment, theirs stays. */
    void save(int version, String sha256, VersionTests.TestRun run) {
        try {
            separately.executeWithoutResult(t -> {
                jdbc.sql("DELETE FROM rule_set_test_runs WHERE version = ? AND sha256 = ?").params(version, sha256).update();
                jdbc.sql("INSERT INTO rule_set_test_runs (version, sha256, ran_at, result) VALUES (?, ?, ?, ?)")
                        .params(version, sha256, run.ranAt(), json.writeValueAsString(run)).update();
            });
        } catch (DuplicateKeyException alreadyStored) {
            // the same files give the same results
        }
    }
}
