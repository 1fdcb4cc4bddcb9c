package vn.gov.sokhcn.kpi.appraisal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For tests that must leave a shared database as they found it: lifts the append-only triggers of V111
 * around a clean-up, as a database administrator's purge would, and puts them back even when it fails.
 * The application itself never does this.
 */
final class FrozenTables {
    private static final List<String> H2_TRIGGERS = List.of(
            "appraisal_decisions_no_update BEFORE UPDATE ON appraisal_decisions",
            "appraisal_decisions_no_delete BEFORE DELETE ON appraisal_decisions",
            "appraisal_steps_no_update BEFORE UPDATE ON appraisal_steps",
            "appraisal_steps_no_delete BEFORE DELETE ON appraisal_steps");
    private static final List<String> POSTGRES_TABLES = List.of("appraisal_decisions", "appraisal_steps");

    private FrozenTables() {
    }

    static void unfrozen(JdbcClient jdbc, Runnable cleanUp) {
        boolean h2 = isH2(jdbc);
        if (h2) {
            H2_TRIGGERS.forEach(t -> jdbc.sql("DROP TRIGGER IF EXISTS " + t.substring(0, t.indexOf(' '))).update());
        } else {
            POSTGRES_TABLES.forEach(t -> jdbc.sql("ALTER TABLE " + t + " DISABLE TRIGGER USER").update());
        }
        try {
            cleanUp.run();
        } finally {
            if (h2) {
                H2_TRIGGERS.forEach(t -> jdbc.sql("CREATE TRIGGER " + t
                        + " FOR EACH ROW CALL 'vn.gov.sokhcn.kpi.appraisal.FrozenRowTrigger'").update());
            } else {
                POSTGRES_TABLES.forEach(t -> jdbc.sql("ALTER TABLE " + t + " ENABLE TRIGGER USER").update());
            }
        }
    }

    private static boolean isH2(JdbcClient jdbc) {
        return jdbc.sql("SELECT COUNT(*) FROM information_schema.triggers WHERE LOWER(trigger_name) = 'appraisal_decisions_no_delete'")
                .query(Long.class).single() > 0;
    }
}
