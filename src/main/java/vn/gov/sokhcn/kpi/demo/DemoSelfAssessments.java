package vn.gov.sokhcn.kpi.demo;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.appraisal.AppraisalRow;
import vn.gov.sokhcn.kpi.appraisal.step.SelfAssessments;
import vn.gov.sokhcn.kpi.appraisal.step.StepRequests;
import vn.gov.sokhcn.kpi.evaluation.facts.Rating;
import vn.gov.sokhcn.kpi.organisation.Leadership;

/**
 * A demo person's self-assessment, sent as that person: a short report, the run's proposal as their own
 * proposed rating, the four criteria as they were scored in their latest month of the period, and a
 * comment on each of their assignments of the period (a year has none of its own).
 */
@Component
class DemoSelfAssessments {
    private final DemoActors actors;
    private final SelfAssessments selfAssessments;
    private final JdbcClient jdbc;

    DemoSelfAssessments(DemoActors actors, SelfAssessments selfAssessments, JdbcClient jdbc) {
        this.actors = actors;
        this.selfAssessments = selfAssessments;
        this.jdbc = jdbc;
    }

    void submit(AppraisalRow a) {
        Rating proposed = Rating.valueOf(a.proposedRating());
        String text = "Kỳ " + a.cycle().period() + ", tôi thực hiện các nhiệm vụ được giao theo kế hoạch công tác của "
                + a.unitName() + ", chấp hành đúng quy chế làm việc của cơ quan; tự nhận mức «" + proposed.label() + "».";
        List<StepRequests.AssignmentComment> comments = jdbc.sql("""
                        SELECT i.code FROM assignments s JOIN indicators i ON i.id = s.indicator_id
                        WHERE s.period_id = ? AND s.employee_id = ? ORDER BY s.id""")
                .params(a.cycle().periodId(), a.employeeId()).query(String.class).list().stream()
                .map(code -> new StepRequests.AssignmentComment(code, "Đã thực hiện chỉ tiêu " + code
                        + " theo số liệu đã báo cáo của kỳ.")).toList();
        boolean head = a.leadership() != Leadership.NONE;
        actors.person(a.employeeCode(), head, () -> selfAssessments.submit(a.id(),
                new StepRequests.SelfAssessment(text, proposed, criteria(a), comments)));
    }

    private StepRequests.Criteria criteria(AppraisalRow a) {
        return jdbc.sql("""
                        SELECT g.politics, g.ethics, g.style, g.discipline FROM general_criteria g
                        JOIN periods p ON p.id = g.period_id JOIN periods c ON c.id = ?
                        WHERE g.employee_id = ? AND p.kind = 'MONTH' AND p.start_date >= c.start_date AND p.end_date <= c.end_date
                        ORDER BY p.start_date DESC""")
                .params(a.cycle().periodId(), a.employeeId())
                .query((rs, n) -> new StepRequests.Criteria(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
                        rs.getBigDecimal(4))).list().stream().findFirst()
                .orElse(new StepRequests.Criteria(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
    }
}
