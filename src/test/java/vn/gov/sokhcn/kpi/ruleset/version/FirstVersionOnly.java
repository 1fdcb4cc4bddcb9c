package vn.gov.sokhcn.kpi.ruleset.version;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Puts a test context's rule set back as it was after the first start: version 1 (the folders) ACTIVE
 * for every period, no other version. Tests that upload and activate versions call it before each test
 * instead of starting a context per test; what they read next is numbered from 2 again.
 */
final class FirstVersionOnly {
    private FirstVersionOnly() {
    }

    static void restore(JdbcClient jdbc, ActiveRuleSet active) {
        jdbc.sql("UPDATE rule_set_versions SET based_on = NULL WHERE version > 1").update();
        jdbc.sql("DELETE FROM rule_set_files WHERE version > 1").update();
        jdbc.sql("DELETE FROM rule_set_test_runs WHERE version > 1").update();
        jdbc.sql("DELETE FROM rule_set_validation_problems WHERE version > 1").update();
        jdbc.sql("DELETE FROM rule_set_validations WHERE version > 1").update();
        jdbc.sql("DELETE FROM rule_set_versions WHERE version > 1").update();
        jdbc.sql("DELETE FROM rule_set_expectation_changes").update();
        jdbc.sql("UPDATE rule_set_versions SET state = 'ACTIVE', effective_from = NULL, effective_to = NULL WHERE version = 1")
                .update();
        active.refresh();
    }
}
