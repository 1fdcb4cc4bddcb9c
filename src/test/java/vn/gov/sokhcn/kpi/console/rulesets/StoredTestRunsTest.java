package vn.gov.sokhcn.kpi.console.rulesets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The last «Kiểm thử» run of a version is stored in the database (issue 17), so another instance shows the same
 * results without running the cases again. The stored run is removed after each test.
 */
@SpringBootTest
class StoredTestRunsTest {
    @Autowired
    VersionTests tests;
    @Autowired
    TestRunStore store;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeStoredRuns() {
        jdbc.sql("DELETE FROM rule_set_test_runs").update();
    }

    @Test
    void shouldStoreTheRunOfAVersionSoThatEveryInstanceReadsTheSame() {
        VersionTests.TestRun ran = tests.of(1);

        String sha = jdbc.sql("SELECT sha256 FROM rule_set_versions WHERE version = 1").query(String.class).single();
        VersionTests.TestRun read = store.find(1, sha).orElseThrow();
        assertThat(read.cases()).isEqualTo(ran.cases()).isNotEmpty();
        assertThat(read.failed()).isZero();
        assertThat(read.summary()).isEqualTo(ran.summary()).isEqualTo(ran.cases().size() + "/" + ran.cases().size() + " ca đạt");
        assertThat(tests.known(1)).contains(read);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rule_set_test_runs").query(Long.class).single()).isOne();
    }

    @Test
    void shouldReplaceTheStoredRunWhenTheCasesRunAgain() {
        tests.of(1);
        VersionTests.TestRun again = tests.run(1);

        assertThat(jdbc.sql("SELECT ran_at FROM rule_set_test_runs").query(java.time.LocalDateTime.class).single())
                .isEqualTo(again.ranAt());
    }
}
