package vn.gov.sokhcn.kpi.appraisal.publication;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Appraisal rows written straight into a test's database for the tests of what publication shows: a cycle
 * on the latest completed run of a period for a person's agency, appraisals carrying that run's proposal,
 * steps, decisions and complaints at fixed times (the form prints them), publication. Decisions and steps
 * are append-only in the database (V111), so the tests using this run in a transaction rolled back after
 * each test ({@code @Transactional}), which leaves a shared context as it was.
 */
public final class PublishedRows {
    public static final OffsetDateTime AT = OffsetDateTime.of(2026, 6, 10, 9, 30, 0, 0, ZoneOffset.ofHours(7));

    private final JdbcClient jdbc;

    public PublishedRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An open cycle of a period for the agency of {@code employee}, on the period's latest completed run. */
    public long cycle(String period, String employee) {
        long periodId = jdbc.sql("SELECT id FROM periods WHERE code = ?").param(period).query(Long.class).single();
        long runId = jdbc.sql("SELECT run_id FROM latest_completed_runs WHERE period_id = ?").param(periodId)
                .query(Long.class).single();
        long agency = agencyOf(employee);
        jdbc.sql("""
                INSERT INTO appraisal_cycles (period_id, agency_id, run_id, self_assessment_due, review_due, decision_due,
                                              state, opened_by, opened_at)
                VALUES (?, ?, ?, ?, ?, ?, 'OPEN', 'hr', ?)
                """).params(periodId, agency, runId, LocalDate.of(2026, 6, 5), LocalDate.of(2026, 6, 8),
                        LocalDate.of(2026, 6, 12), AT).update();
        long id = jdbc.sql("SELECT id FROM appraisal_cycles WHERE period_id = ? AND agency_id = ?").params(periodId, agency)
                .query(Long.class).single();
        return id;
    }

    /** The appraisal of {@code employee} in the cycle, with the run's proposal, at step {@code step}. */
    public long appraisal(long cycle, String employee, String step) {
        jdbc.sql("""
                INSERT INTO appraisals (cycle_id, employee_id, unit_id, run_result_id, proposed_score, proposed_rating, step,
                                        competent_kind, competent_employee_id)
                SELECT c.id, rr.employee_id, rr.unit_id, rr.id, rr.score, rr.rating, ?, 'HEAD_OF_AGENCY', NULL
                FROM appraisal_cycles c JOIN run_results rr ON rr.run_id = c.run_id JOIN employees e ON e.id = rr.employee_id
                WHERE c.id = ? AND e.code = ?
                """).params(step, cycle, employee).update();
        return jdbc.sql("SELECT a.id FROM appraisals a JOIN employees e ON e.id = a.employee_id WHERE a.cycle_id = ? AND e.code = ?")
                .params(cycle, employee).query(Long.class).single();
    }

    public void step(long appraisal, String kind, String actor, String text, String details, boolean late) {
        jdbc.sql("INSERT INTO appraisal_steps (appraisal_id, kind, actor, acted_at, late, text, details) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(appraisal, kind, actor, AT, late, text, details).update();
    }

    /** A decision of the appraisal (replacing {@code replaces} when not null); its id. */
    public long decision(long appraisal, String rating, String reason, String cause, Long replaces, String by) {
        jdbc.sql("""
                INSERT INTO appraisal_decisions (appraisal_id, employee_id, period_id, proposed_rating, proposed_score, rating,
                                                 reason, cause, run_id, rule_set_sha256, replaces_id, decided_by, decided_at)
                SELECT a.id, a.employee_id, c.period_id, a.proposed_rating, a.proposed_score, ?, ?, ?, c.run_id, NULL, ?, ?, ?
                FROM appraisals a JOIN appraisal_cycles c ON c.id = a.cycle_id WHERE a.id = ?
                """).params(rating, reason, cause, replaces, by, AT.plusDays(replaces == null ? 0 : 20), appraisal).update();
        return jdbc.sql("SELECT MAX(id) FROM appraisal_decisions WHERE appraisal_id = ?").param(appraisal).query(Long.class).single();
    }

    public void complaint(long appraisal, long decision, String text, String state, String resolvedBy, String reason,
                          Long newDecision) {
        jdbc.sql("""
                INSERT INTO appraisal_complaints (appraisal_id, decision_id, filed_by, filed_at, text, resolve_by, state,
                                                  resolved_by, resolved_at, resolution_reason, new_decision_id)
                VALUES (?, ?, 'staff', ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(appraisal, decision, AT.plusDays(5), text, LocalDate.of(2026, 7, 15), state, resolvedBy,
                        resolvedBy == null ? null : AT.plusDays(20), reason, newDecision).update();
    }

    public void publish(long cycle) {
        jdbc.sql("UPDATE appraisal_cycles SET state = 'PUBLISHED', published_by = 'hr', published_at = ? WHERE id = ?")
                .params(AT.plusDays(3), cycle).update();
        jdbc.sql("UPDATE appraisals SET step = 'PUBLISHED' WHERE cycle_id = ? AND step = 'DECIDED'").param(cycle).update();
    }

    /** A published cycle of the period in which {@code employee} was decided {@code rating}; the appraisal's id. */
    public long published(String period, String employee, String rating, String reason) {
        long cycle = cycle(period, employee);
        long appraisal = appraisal(cycle, employee, "DECIDED");
        decision(appraisal, rating, reason, "DECISION", null, "director");
        publish(cycle);
        return appraisal;
    }

    /** The nearest agency unit above (or at) the employee's unit. */
    private long agencyOf(String employee) {
        long unit = jdbc.sql("SELECT unit_id FROM employees WHERE code = ?").param(employee).query(Long.class).single();
        while (!jdbc.sql("SELECT agency FROM units WHERE id = ?").param(unit).query(Boolean.class).single()) {
            unit = jdbc.sql("SELECT parent_id FROM units WHERE id = ?").param(unit).query(Long.class).single();
        }
        return unit;
    }
}
