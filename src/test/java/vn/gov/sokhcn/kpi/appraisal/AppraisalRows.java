package vn.gov.sokhcn.kpi.appraisal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Appraisal rows written straight with SQL (V110's tables), for tests of what reads them: cycles, appraisals,
 * steps, decisions and complaints; {@link #deleteCreated()} removes the rows of the cycles this instance created,
 * children first (lifting the append-only triggers for it: {@link FrozenTables}), so a shared context (the demo's own cycles included) is left as it was.
 */
public final class AppraisalRows {
    private final JdbcClient jdbc;
    private final java.util.List<Long> cycles = new java.util.ArrayList<>();

    public AppraisalRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An OPEN cycle of the period (by code) and agency (unit code) from the run; returns its id. */
    public long cycle(String period, String agency, long run, LocalDate selfDue, LocalDate reviewDue, LocalDate decisionDue) {
        jdbc.sql("""
                INSERT INTO appraisal_cycles (period_id, agency_id, run_id, self_assessment_due, review_due, decision_due,
                                              state, opened_by, opened_at)
                VALUES ((SELECT id FROM periods WHERE code = ?), (SELECT id FROM units WHERE code = ?), ?, ?, ?, ?,
                        'OPEN', 'hr', ?)""")
                .params(period, agency, run, selfDue, reviewDue, decisionDue, OffsetDateTime.now()).update();
        long id = jdbc.sql("SELECT MAX(id) FROM appraisal_cycles").query(Long.class).single();
        cycles.add(id);
        return id;
    }

    public long cycle(String period, String agency, long run) {
        LocalDate due = LocalDate.now().plusDays(30);
        return cycle(period, agency, run, due, due, due);
    }

    /** Takes a cycle opened through the service (the API, the console's form) into {@link #deleteCreated()}. */
    public long adopt(long cycle) {
        cycles.add(cycle);
        return cycle;
    }

    public void publish(long cycle) {
        jdbc.sql("UPDATE appraisal_cycles SET state = 'PUBLISHED', published_by = 'hr', published_at = ? WHERE id = ?")
                .params(OffsetDateTime.now(), cycle).update();
    }

    /** The appraisal of a person (employee code) in the cycle, from their result in the cycle's run. */
    public long appraisal(long cycle, String employee, String step, String competentKind, String competentEmployee) {
        jdbc.sql("""
                INSERT INTO appraisals (cycle_id, employee_id, unit_id, run_result_id, proposed_score, proposed_rating, step,
                                        competent_kind, competent_employee_id)
                SELECT c.id, e.id, e.unit_id, rr.id, rr.score, rr.rating, ?, ?, (SELECT id FROM employees WHERE code = ?)
                FROM appraisal_cycles c JOIN employees e ON e.code = ?
                JOIN run_results rr ON rr.run_id = c.run_id AND rr.employee_id = e.id
                WHERE c.id = ?""")
                .params(step, competentKind, competentEmployee, employee, cycle).update();
        return jdbc.sql("SELECT id FROM appraisals WHERE cycle_id = ? AND employee_id = (SELECT id FROM employees WHERE code = ?)")
                .params(cycle, employee).query(Long.class).single();
    }

    public long appraisal(long cycle, String employee, String step) {
        return appraisal(cycle, employee, step, "HEAD_OF_AGENCY", null);
    }

    /** A decision of the appraisal (replacing {@code replaces} when not null); the appraisal moves to DECIDED. */
    public long decide(long appraisal, String rating, String reason, Long replaces) {
        jdbc.sql("""
                INSERT INTO appraisal_decisions (appraisal_id, employee_id, period_id, proposed_rating, proposed_score, rating,
                                                 reason, cause, run_id, replaces_id, decided_by, decided_at)
                SELECT a.id, a.employee_id, c.period_id, a.proposed_rating, a.proposed_score, ?, ?, ?, c.run_id, ?, 'director', ?
                FROM appraisals a JOIN appraisal_cycles c ON c.id = a.cycle_id WHERE a.id = ?""")
                .params(rating, reason, replaces == null ? "DECISION" : "COMPLAINT_UPHELD", replaces, OffsetDateTime.now(),
                        appraisal).update();
        jdbc.sql("UPDATE appraisals SET step = 'DECIDED' WHERE id = ?").param(appraisal).update();
        return jdbc.sql("SELECT MAX(id) FROM appraisal_decisions").query(Long.class).single();
    }

    /** An OPEN complaint against the appraisal's latest decision, to be resolved by {@code resolveBy}. */
    public long complain(long appraisal, String filedBy, LocalDate resolveBy) {
        jdbc.sql("""
                INSERT INTO appraisal_complaints (appraisal_id, decision_id, filed_by, filed_at, text, resolve_by, state)
                SELECT ?, decision_id, ?, ?, 'Tôi đề nghị xem xét lại', ?, 'OPEN' FROM latest_decisions WHERE appraisal_id = ?""")
                .params(appraisal, filedBy, OffsetDateTime.now(), resolveBy, appraisal).update();
        jdbc.sql("UPDATE appraisals SET step = 'COMPLAINED' WHERE id = ?").param(appraisal).update();
        return jdbc.sql("SELECT MAX(id) FROM appraisal_complaints").query(Long.class).single();
    }

    /** Removes the rows of the cycles created here, children first (a decision may point at the one it replaces). */
    public void deleteCreated() {
        if (cycles.isEmpty()) {
            return;
        }
        FrozenTables.unfrozen(jdbc, () -> {
            for (long cycle : cycles) {
                String of = " WHERE appraisal_id IN (SELECT id FROM appraisals WHERE cycle_id = ?)";
                jdbc.sql("DELETE FROM appraisal_complaints" + of).param(cycle).update();
                jdbc.sql("DELETE FROM appraisal_steps" + of).param(cycle).update();
                jdbc.sql("UPDATE appraisal_decisions SET replaces_id = NULL" + of).param(cycle).update();
                jdbc.sql("DELETE FROM appraisal_decisions" + of).param(cycle).update();
                jdbc.sql("DELETE FROM appraisals WHERE cycle_id = ?").param(cycle).update();
                jdbc.sql("DELETE FROM appraisal_cycles WHERE id = ?").param(cycle).update();
            }
        });
        cycles.clear();
    }
}
