package vn.gov.sokhcn.kpi.appraisal.notice;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.appraisal.AppraisalNotice;
import vn.gov.sokhcn.kpi.evaluation.facts.Rating;

/**
 * Who must act after a step of the procedure, and what to tell them: read from the appraisal tables with SQL.
 * Cycle opened → each person (self-assessment due); self-assessed → the head of the person's unit; unit reviewed →
 * the competent person (HR for the superior agency); decided → the person (the rating is told only at publication);
 * published → each person, with their rating; complaint filed → the competent person; resolved → the person.
 */
@Component
class NoticeTexts {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String SIGNATURE = "\n\nThư này do hệ thống đánh giá KPI của Sở Khoa học và Công nghệ gửi tự động.";

    private final JdbcClient jdbc;
    private final NoticeProperties properties;

    NoticeTexts(JdbcClient jdbc, NoticeProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    private record Appraisal(long id, long employeeId, String name, long unitId, String period, String agency,
                             String competentKind, Long competentId, LocalDate selfDue, LocalDate reviewDue,
                             LocalDate decisionDue) {
    }

    List<Notice> of(AppraisalNotice notice) {
        List<Notice> mails = new ArrayList<>();
        switch (notice.kind()) {
            case CYCLE_OPENED -> ofCycle(notice.cycleId()).forEach(a -> add(mails, toPerson(a),
                    "Tự đánh giá kỳ " + a.period() + ": hạn " + day(a.selfDue()),
                    "Kính gửi đồng chí " + a.name() + ",\n\nĐợt đánh giá, xếp loại chất lượng kỳ " + a.period() + " của "
                            + a.agency() + " đã mở. Đề nghị đồng chí nộp bản tự đánh giá trước ngày " + day(a.selfDue())
                            + " tại " + link(a) + "."));
            case PUBLISHED -> ofCycle(notice.cycleId()).forEach(a -> add(mails, toPerson(a),
                    "Công bố kết quả xếp loại kỳ " + a.period(),
                    "Kính gửi đồng chí " + a.name() + ",\n\nKết quả đánh giá, xếp loại chất lượng kỳ " + a.period()
                            + " đã được công bố. Xếp loại của đồng chí: " + decided(a.id()) + ". Xem quyết định và lý do tại "
                            + link(a) + "."));
            default -> appraisal(notice.appraisalId()).ifPresent(a -> ofAppraisal(notice.kind(), a, mails));
        }
        return mails;
    }

    private void ofAppraisal(AppraisalNotice.Kind kind, Appraisal a, List<Notice> mails) {
        switch (kind) {
            case SELF_ASSESSED -> add(mails, toUnitHead(a), "Tự đánh giá của " + a.name() + " kỳ " + a.period(),
                    "Đồng chí " + a.name() + " đã nộp bản tự đánh giá kỳ " + a.period() + ". Đề nghị tổ chức họp đơn vị nhận xét"
                            + " và ghi biên bản trước ngày " + day(a.reviewDue()) + " tại " + link(a) + ".");
            case UNIT_REVIEWED -> add(mails, toCompetent(a), "Chờ quyết định xếp loại: " + a.name() + " kỳ " + a.period(),
                    "Đơn vị đã họp nhận xét đồng chí " + a.name() + " kỳ " + a.period() + ". Đề nghị xem xét và quyết định xếp loại"
                            + " trước ngày " + day(a.decisionDue()) + " tại " + link(a) + ".");
            case DECIDED -> add(mails, toPerson(a), "Đã có quyết định xếp loại kỳ " + a.period(),
                    "Kính gửi đồng chí " + a.name() + ",\n\nNgười có thẩm quyền đã quyết định xếp loại chất lượng của đồng chí"
                            + " kỳ " + a.period() + ". Kết quả được thông báo khi công bố.");
            case COMPLAINT_FILED -> add(mails, toCompetent(a), "Khiếu nại về xếp loại: " + a.name() + " kỳ " + a.period(),
                    "Đồng chí " + a.name() + " khiếu nại quyết định xếp loại kỳ " + a.period() + ". Hạn giải quyết: "
                            + complaint(a.id()).map(c -> day(c.resolveBy())).orElse("—") + ". Xem và giải quyết tại " + link(a) + ".");
            case COMPLAINT_RESOLVED -> add(mails, toPerson(a), "Kết quả giải quyết khiếu nại kỳ " + a.period(),
                    "Kính gửi đồng chí " + a.name() + ",\n\nKhiếu nại của đồng chí về xếp loại kỳ " + a.period() + " đã được giải quyết: "
                            + complaint(a.id()).map(c -> ("UPHELD".equals(c.state()) ? "chấp nhận, có quyết định mới («"
                                    + decided(a.id()) + "»)" : "không chấp nhận") + ". Lý do: " + c.reason()).orElse("—")
                            + ". Xem tại " + link(a) + ".");
            default -> {
            }
        }
    }

    private void add(List<Notice> mails, List<String> to, String subject, String body) {
        if (!to.isEmpty()) {
            mails.add(new Notice(to, subject, body + SIGNATURE));
        }
    }

    private String link(Appraisal a) {
        return properties.baseUrl().replaceAll("/+$", "") + "/appraisals/" + a.id();
    }

    private static final String SELECT = """
            SELECT a.id, a.employee_id, e.full_name, a.unit_id, p.code AS period, u.name AS agency, a.competent_kind,
                   a.competent_employee_id, c.self_assessment_due, c.review_due, c.decision_due
            FROM appraisals a JOIN appraisal_cycles c ON c.id = a.cycle_id JOIN employees e ON e.id = a.employee_id
            JOIN periods p ON p.id = c.period_id JOIN units u ON u.id = c.agency_id
            """;

    private List<Appraisal> ofCycle(long cycle) {
        return jdbc.sql(SELECT + "WHERE a.cycle_id = ? ORDER BY e.code").param(cycle).query(this::row).list();
    }

    private Optional<Appraisal> appraisal(Long id) {
        return id == null ? Optional.empty() : jdbc.sql(SELECT + "WHERE a.id = ?").param(id).query(this::row).optional();
    }

    private Appraisal row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Appraisal(rs.getLong("id"), rs.getLong("employee_id"), rs.getString("full_name"), rs.getLong("unit_id"),
                rs.getString("period"), rs.getString("agency"), rs.getString("competent_kind"),
                rs.getObject("competent_employee_id", Long.class), rs.getObject("self_assessment_due", LocalDate.class),
                rs.getObject("review_due", LocalDate.class), rs.getObject("decision_due", LocalDate.class));
    }

    private record Complaint(String state, LocalDate resolveBy, String reason) {
    }

    /** The appraisal's latest complaint. */
    private Optional<Complaint> complaint(long appraisal) {
        return jdbc.sql("SELECT state, resolve_by, resolution_reason FROM appraisal_complaints WHERE appraisal_id = ?"
                        + " ORDER BY filed_at DESC, id DESC").param(appraisal)
                .query((rs, n) -> new Complaint(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3)))
                .list().stream().findFirst();
    }

    private String decided(long appraisal) {
        return jdbc.sql("SELECT rating FROM latest_decisions WHERE appraisal_id = ? ORDER BY decided_at DESC").param(appraisal)
                .query(String.class).list().stream().findFirst().map(r -> Rating.valueOf(r).display()).orElse("—");
    }

    private List<String> toPerson(Appraisal a) {
        return emails("u.employee_id = ?", a.employeeId());
    }

    private List<String> toUnitHead(Appraisal a) {
        return emails("u.employee_id IN (SELECT h.id FROM employees h WHERE h.unit_id = ? AND h.leadership IN ('HEAD', 'DIRECTOR'))",
                a.unitId());
    }

    private List<String> toCompetent(Appraisal a) {
        return "SUPERIOR_AGENCY".equals(a.competentKind()) || a.competentId() == null
                ? emails("u.role = ?", "HR_OFFICER") : emails("u.employee_id = ?", a.competentId());
    }

    private List<String> emails(String where, Object value) {
        return jdbc.sql("SELECT u.email FROM app_users u WHERE u.enabled = TRUE AND u.email IS NOT NULL AND " + where
                + " ORDER BY u.email").param(value).query(String.class).list().stream().distinct().toList();
    }

    private static String day(LocalDate date) {
        return date == null ? "—" : DAY.format(date);
    }
}
