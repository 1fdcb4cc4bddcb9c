package vn.gov.sokhcn.kpi.appraisal.worklist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.sokhcn.kpi.appraisal.worklist.WorkItem.Kind;
import vn.gov.sokhcn.kpi.security.CurrentUser;
import vn.gov.sokhcn.kpi.security.Role;

/**
 * What waits for the signed-in user in the appraisal procedure, read from the tables with SQL: their own
 * self-assessment; the unit reviews of the unit they head (once the self-assessment is in or its date has passed);
 * the decisions and complaints for which they are the competent person (HR for those of the superior agency); for
 * HR, the cycles whose every appraisal is decided, ready to publish; their own open complaint. Deadlines first.
 */
@Service
public class WorkList {
    private static final String FROM = """
            SELECT a.id AS appraisal_id, c.id AS cycle_id, e.code, e.full_name, p.code AS period, %s AS due
            FROM appraisals a JOIN appraisal_cycles c ON c.id = a.cycle_id JOIN employees e ON e.id = a.employee_id
            JOIN periods p ON p.id = c.period_id
            """;

    private final JdbcClient jdbc;
    private final CurrentUser user;

    WorkList(JdbcClient jdbc, CurrentUser user) {
        this.jdbc = jdbc;
        this.user = user;
    }

    @Transactional(readOnly = true)
    public List<WorkItem> forCurrentUser(LocalDate today) {
        Optional<Long> employee = user.employeeCode().flatMap(code -> jdbc.sql("SELECT id FROM employees WHERE code = ?")
                .param(code).query(Long.class).optional());
        boolean hr = user.has(Role.HR_OFFICER);
        List<WorkItem> items = new ArrayList<>();
        employee.ifPresent(me -> {
            items.addAll(appraisals(Kind.SELF_ASSESSMENT, "c.self_assessment_due",
                    "a.employee_id = :me AND a.step = 'SELF_ASSESSMENT'", me, today));
            items.addAll(appraisals(Kind.UNIT_REVIEW, "c.review_due", """
                    a.unit_id IN (SELECT h.unit_id FROM employees h WHERE h.id = :me AND h.leadership IN ('HEAD', 'DIRECTOR'))
                    AND (a.step = 'UNIT_REVIEW' OR (a.step = 'SELF_ASSESSMENT' AND c.self_assessment_due < :today))""", me, today));
            items.addAll(appraisals(Kind.DECISION, "c.decision_due", """
                    a.step = 'DECISION' AND a.competent_kind = 'HEAD_OF_AGENCY' AND a.competent_employee_id = :me""", me, today));
            items.addAll(complaints(Kind.COMPLAINT_RESOLUTION,
                    "a.competent_kind = 'HEAD_OF_AGENCY' AND a.competent_employee_id = :me", me, today));
            items.addAll(complaints(Kind.OWN_COMPLAINT, "a.employee_id = :me", me, today));
        });
        if (hr) {
            items.addAll(appraisals(Kind.DECISION, "c.decision_due",
                    "a.step = 'DECISION' AND a.competent_kind = 'SUPERIOR_AGENCY'", -1L, today));
            items.addAll(complaints(Kind.COMPLAINT_RESOLUTION, "a.competent_kind = 'SUPERIOR_AGENCY'", -1L, today));
            items.addAll(readyToPublish(today));
        }
        items.sort(Comparator.comparing(WorkItem::due).thenComparing(i -> i.kind().ordinal())
                .thenComparing(i -> i.employee() == null ? "" : i.employee()));
        return items;
    }

    private List<WorkItem> appraisals(Kind kind, String due, String where, long me, LocalDate today) {
        return jdbc.sql(FROM.formatted(due) + "WHERE c.state = 'OPEN' AND " + where)
                .param("me", me).param("today", today)
                .query((rs, n) -> item(kind, rs, null, today)).list();
    }

    private List<WorkItem> complaints(Kind kind, String where, long me, LocalDate today) {
        return jdbc.sql(FROM.formatted("k.resolve_by").replace("AS due\n", "AS due, k.id AS complaint_id\n")
                        + "JOIN appraisal_complaints k ON k.appraisal_id = a.id WHERE k.state = 'OPEN' AND " + where)
                .param("me", me)
                .query((rs, n) -> item(kind, rs, rs.getLong("complaint_id"), today)).list();
    }

    private List<WorkItem> readyToPublish(LocalDate today) {
        return jdbc.sql("""
                SELECT c.id, c.decision_due, p.code, u.code AS agency, u.name AS agency_name
                FROM appraisal_cycles c JOIN periods p ON p.id = c.period_id JOIN units u ON u.id = c.agency_id
                WHERE c.state = 'OPEN' AND EXISTS (SELECT 1 FROM appraisals a WHERE a.cycle_id = c.id)
                  AND NOT EXISTS (SELECT 1 FROM appraisals a WHERE a.cycle_id = c.id
                                  AND a.step IN ('SELF_ASSESSMENT', 'UNIT_REVIEW', 'DECISION'))""")
                .query((rs, n) -> {
                    LocalDate due = rs.getObject("decision_due", LocalDate.class);
                    return new WorkItem(Kind.PUBLICATION, Kind.PUBLICATION.label(), null, rs.getLong("id"), null,
                            rs.getString("agency"), rs.getString("agency_name"), rs.getString("code"), due,
                            due.isBefore(today), "/appraisal-cycles/" + rs.getLong("id"));
                }).list();
    }

    private static WorkItem item(Kind kind, ResultSet rs, Long complaint, LocalDate today) throws SQLException {
        LocalDate due = rs.getObject("due", LocalDate.class);
        long appraisal = rs.getLong("appraisal_id");
        return new WorkItem(kind, kind.label(), appraisal, rs.getLong("cycle_id"), complaint, rs.getString("code"),
                rs.getString("full_name"), rs.getString("period"), due, due.isBefore(today), "/appraisals/" + appraisal);
    }
}
