package vn.gov.sokhcn.kpi.ruleset.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.sokhcn.kpi.ruleset.version.RuleSetVersion.State;

/**
 * What several instances must agree on is enforced by the database (issue 17): at most one ACTIVE version without
 * an effective range, and version numbers taken without a race. The rows a test writes are removed after it.
 */
@SpringBootTest
class OneActiveDefaultTest {
    @Autowired
    JdbcClient jdbc;
    @Autowired
    VersionStore store;
    @Autowired
    ActiveRuleSet active;

    @BeforeEach
    @AfterEach
    void firstVersionOnly() {
        FirstVersionOnly.restore(jdbc, active);
    }

    private void insertVersion(int version, LocalDate from, LocalDate to) {
        jdbc.sql("""
                        INSERT INTO rule_set_versions (version, state, sha256, author, comment, created_at, effective_from,
                                                       effective_to, structural) VALUES (?, 'ACTIVE', 'x', 'kiểm thử', NULL, ?, ?, ?, FALSE)""")
                .params(version, LocalDateTime.now(), from, to).update();
    }

    @Test
    void shouldRefuseASecondActiveDefaultVersion() {
        assertThatThrownBy(() -> insertVersion(90, null, null)).isInstanceOf(DataIntegrityViolationException.class);

        assertThat(jdbc.sql("SELECT version FROM rule_set_versions WHERE state = 'ACTIVE'").query(Integer.class).list())
                .containsExactly(1);
    }

    @Test
    void shouldAcceptActiveVersionsWithAnEffectiveRangeBesideTheDefault() {
        insertVersion(90, LocalDate.of(2023, 5, 1), LocalDate.of(2023, 7, 31));
        insertVersion(91, null, LocalDate.of(2022, 12, 31));

        assertThat(jdbc.sql("SELECT version FROM rule_set_versions WHERE state = 'ACTIVE' ORDER BY version")
                .query(Integer.class).list()).containsExactly(1, 90, 91);
        assertThat(store.activeDefault()).contains(1);
    }

    @Test
    void shouldNumberVersionsStoredAtOnceWithoutAGapOrACollision() throws Exception {
        var files = store.files(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> inserts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                inserts.add(() -> store.insert(State.DRAFT, files, "kiểm thử", "cùng lúc", 1, false));
            }
            List<Integer> numbers = new ArrayList<>();
            for (Future<Integer> inserted : pool.invokeAll(inserts)) {
                numbers.add(inserted.get());
            }
            assertThat(numbers).containsExactlyInAnyOrder(2, 3, 4, 5, 6, 7, 8, 9);
        } finally {
            pool.shutdownNow();
        }
    }
}
