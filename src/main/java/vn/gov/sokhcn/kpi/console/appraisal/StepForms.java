package vn.gov.sokhcn.kpi.console.appraisal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.appraisal.AppraisalAccess;
import vn.gov.sokhcn.kpi.appraisal.AppraisalRow;
import vn.gov.sokhcn.kpi.appraisal.AppraisalStep;
import vn.gov.sokhcn.kpi.appraisal.StepKind;
import vn.gov.sokhcn.kpi.appraisal.rules.AppraisalTables;
import vn.gov.sokhcn.kpi.appraisal.step.AppraisalView;
import vn.gov.sokhcn.kpi.security.ScopeDeniedException;

/**
 * Which step of an appraisal waits for the signed-in user, so the page offers only that form. Who may act
 * is asked of {@link AppraisalAccess}, the services' own check; the services decide again when the form is sent.
 */
@Component
class StepForms {
    private final AppraisalAccess access;
    private final AppraisalTables tables;
    private final JdbcClient jdbc;

    StepForms(AppraisalAccess access, AppraisalTables tables, JdbcClient jdbc) {
        this.access = access;
        this.tables = tables;
        this.jdbc = jdbc;
    }

    /** {@code complaintDue}: the last day to complain (null before publication); {@code openComplaint}: to resolve. */
    record Forms(boolean selfAssessment, boolean unitReview, boolean decision, boolean superior, boolean complaint,
                 LocalDate complaintDue, Long openComplaint, List<Assignment> assignments) {
        public boolean any() {
            return selfAssessment || unitReview || decision || complaint || openComplaint != null;
        }
    }

    record Assignment(long id, String indicator, String name) {
    }

    Forms of(AppraisalRow a, AppraisalView view) {
        boolean reviewed = view.steps().stream().anyMatch(s -> s.kind().equals(StepKind.UNIT_REVIEW.name()));
        boolean beforeReview = !reviewed && a.step().compareTo(AppraisalStep.UNIT_REVIEW) <= 0;
        boolean self = access.isSelf(a);
        boolean selfAssessment = self && beforeReview;
        boolean unitReview = beforeReview && reviewer(a);
        boolean competent = access.isCompetent(a);
        boolean decision = a.step() == AppraisalStep.DECISION && competent;
        boolean superior = AppraisalTables.Authority.Kind.SUPERIOR_AGENCY.name().equals(a.competentKind());
        Long open = view.complaints().stream().filter(c -> "OPEN".equals(c.state())).map(AppraisalView.ComplaintView::id)
                .findFirst().orElse(null);
        LocalDate due = a.cycle().published()
                ? a.cycle().publishedAt().toLocalDate().plusDays(tables.deadlines(a.cycle().runId()).filingDays()) : null;
        boolean complaint = self && due != null && open == null && !LocalDate.now().isAfter(due)
                && (a.step() == AppraisalStep.PUBLISHED || a.step() == AppraisalStep.RESOLVED);
        return new Forms(selfAssessment, unitReview, decision, superior, complaint, due, competent ? open : null,
                selfAssessment ? assignments(a) : List.of());
    }

    private boolean reviewer(AppraisalRow a) {
        try {
            access.requireReviewer(a);
            return true;
        } catch (ScopeDeniedException e) {
            return false;
        }
    }

    private List<Assignment> assignments(AppraisalRow a) {
        return jdbc.sql("""
                        SELECT s.id, i.code, i.name FROM assignments s JOIN indicators i ON i.id = s.indicator_id
                        WHERE s.period_id = :p AND s.employee_id = :e ORDER BY i.code, s.id""")
                .param("p", a.cycle().periodId()).param("e", a.employeeId())
                .query((rs, n) -> new Assignment(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }
}
