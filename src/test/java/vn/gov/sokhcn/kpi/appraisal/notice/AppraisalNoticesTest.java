package vn.gov.sokhcn.kpi.appraisal.notice;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.sokhcn.kpi.appraisal.AppraisalNotice;
import vn.gov.sokhcn.kpi.appraisal.AppraisalNotice.Kind;
import vn.gov.sokhcn.kpi.appraisal.AppraisalRows;

/**
 * The e-mail notices of the appraisal procedure, received by an in-process SMTP server (GreenMail): after each step
 * commits, the people who must act next get a Vietnamese mail with the deadline and a link; nothing is sent for a
 * step rolled back. Its own small agency MA (director MA01, head MA02 of MA-P, officer MA03) written with SQL.
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "kpi.notices.base-url=http://kpi.test/"})
class AppraisalNoticesTest {
    /** Started before the context (which needs its port), for the JVM's life: the context is cached as long. */
    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final LocalDate SELF_DUE = LocalDate.of(2040, 1, 15);
    static final LocalDate REVIEW_DUE = LocalDate.of(2040, 1, 25);
    static final LocalDate DECISION_DUE = LocalDate.of(2040, 2, 5);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;

    AppraisalRows rows;
    long cycle;
    long ma02;
    long ma03;

    @BeforeEach
    void agency() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
        if (jdbc.sql("SELECT COUNT(*) FROM units WHERE code = 'MA'").query(Long.class).single() == 0) {
            jdbc.sql("INSERT INTO units (code, name, agency) VALUES ('MA', 'Cơ quan MA', TRUE)").update();
            jdbc.sql("INSERT INTO units (code, name, parent_id) VALUES ('MA-P', 'Phòng MA', (SELECT id FROM units WHERE code = 'MA'))")
                    .update();
            person("MA01", "MA", "DIRECTOR");
            person("MA02", "MA-P", "HEAD");
            person("MA03", "MA-P", "NONE");
            jdbc.sql("INSERT INTO periods (code, kind, start_date, end_date) VALUES ('2039', 'YEAR', ?, ?)")
                    .params(LocalDate.of(2039, 1, 1), LocalDate.of(2039, 12, 31)).update();
            jdbc.sql("""
                    INSERT INTO evaluation_runs (period_id, state, started_by, started_at, finished_at)
                    VALUES ((SELECT id FROM periods WHERE code = '2039'), 'COMPLETED', 'hr', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
                    .update();
            for (String[] r : new String[][] {{"MA02", "HTTNV"}, {"MA03", "HTXSNV"}}) {
                jdbc.sql("""
                        INSERT INTO run_results (run_id, employee_id, unit_id, subject_code, subject_name, score, rating, details)
                        SELECT (SELECT MAX(id) FROM evaluation_runs), id, unit_id, code, full_name, 91, ?, '{}'
                        FROM employees WHERE code = ?""").params(r[1], r[0]).update();
            }
        }
        rows = new AppraisalRows(jdbc);
        long run = jdbc.sql("SELECT MAX(r.id) FROM evaluation_runs r JOIN periods p ON p.id = r.period_id WHERE p.code = '2039'")
                .query(Long.class).single();
        cycle = rows.cycle("2039", "MA", run, SELF_DUE, REVIEW_DUE, DECISION_DUE);
        ma02 = rows.appraisal(cycle, "MA02", "SELF_ASSESSMENT", "HEAD_OF_AGENCY", "MA01");
        ma03 = rows.appraisal(cycle, "MA03", "SELF_ASSESSMENT", "HEAD_OF_AGENCY", "MA01");
    }

    @AfterEach
    void clean() {
        rows.deleteCreated();
    }

    private void person(String code, String unit, String leadership) {
        jdbc.sql("""
                INSERT INTO employees (code, full_name, unit_id, staff_type, leadership, start_date)
                VALUES (?, ?, (SELECT id FROM units WHERE code = ?), 'CIVIL_SERVANT', ?, ?)""")
                .params(code, "Cán bộ " + code, unit, leadership, LocalDate.of(2010, 1, 1)).update();
        jdbc.sql("""
                INSERT INTO app_users (username, password_hash, display_name, role, employee_id, enabled, created_at,
                                       password_changed_at, email)
                VALUES (?, 'x', ?, ?, (SELECT id FROM employees WHERE code = ?), TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, ?)""")
                .params(code.toLowerCase(), "Cán bộ " + code, "NONE".equals(leadership) ? "EMPLOYEE" : "UNIT_HEAD", code,
                        code.toLowerCase() + "@ma.test").update();
    }

    /** Publishes the notice in a transaction that commits, as the procedure's services do. */
    private void step(Kind kind, Long appraisal) {
        transaction.executeWithoutResult(t -> events.publishEvent(new AppraisalNotice(kind, cycle, appraisal, "tester")));
    }

    private record Mail(String to, String subject, String body) {
    }

    private List<Mail> received(int count) throws Exception {
        SMTP.waitForIncomingEmail(5000, count);
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            mails.add(new Mail(m.getRecipients(Message.RecipientType.TO)[0].toString(), m.getSubject(),
                    ((String) m.getContent()).replace("\r\n", "\n").strip()));
        }
        SMTP.purgeEmailFromAllMailboxes();
        return mails;
    }

    @Test
    void shouldTellEachPersonOfTheCycleTheirSelfAssessmentDueDateWithALink() throws Exception {
        step(Kind.CYCLE_OPENED, null);

        List<Mail> mails = received(2);
        assertThat(mails).extracting(Mail::to).containsExactlyInAnyOrder("ma02@ma.test", "ma03@ma.test");
        Mail toMa03 = mails.stream().filter(m -> m.to().equals("ma03@ma.test")).findFirst().orElseThrow();
        assertThat(toMa03.subject()).isEqualTo("Tự đánh giá kỳ 2039: hạn 15/01/2040");
        assertThat(toMa03.body()).startsWith("Kính gửi đồng chí Cán bộ MA03,\n\nĐợt đánh giá, xếp loại chất lượng kỳ 2039 của Cơ quan MA"
                + " đã mở. Đề nghị đồng chí nộp bản tự đánh giá trước ngày 15/01/2040 tại http://kpi.test/appraisals/" + ma03 + ".");
        assertThat(mails.get(0).body()).isNotEmpty();
    }

    @Test
    void shouldTellTheUnitHeadThenTheCompetentPersonThenThePersonAtEachStep() throws Exception {
        step(Kind.SELF_ASSESSED, ma03);
        assertThat(received(1)).containsExactly(new Mail("ma02@ma.test", "Tự đánh giá của Cán bộ MA03 kỳ 2039",
                "Đồng chí Cán bộ MA03 đã nộp bản tự đánh giá kỳ 2039. Đề nghị tổ chức họp đơn vị nhận xét và ghi biên bản trước ngày "
                        + DAY.format(REVIEW_DUE) + " tại http://kpi.test/appraisals/" + ma03 + ".\n\n"
                        + "Thư này do hệ thống đánh giá KPI của Sở Khoa học và Công nghệ gửi tự động."));

        step(Kind.UNIT_REVIEWED, ma03);
        Mail review = received(1).get(0);
        assertThat(review.to()).isEqualTo("ma01@ma.test");
        assertThat(review.subject()).isEqualTo("Chờ quyết định xếp loại: Cán bộ MA03 kỳ 2039");
        assertThat(review.body()).contains("trước ngày 05/02/2040 tại http://kpi.test/appraisals/" + ma03 + ".");

        rows.decide(ma03, "HTTNV", "Vượt tỷ lệ", null);
        step(Kind.DECIDED, ma03);
        Mail decided = received(1).get(0);
        assertThat(decided.to()).isEqualTo("ma03@ma.test");
        assertThat(decided.subject()).isEqualTo("Đã có quyết định xếp loại kỳ 2039");
        assertThat(decided.body()).contains("Kết quả được thông báo khi công bố.").doesNotContain("HTTNV");

        rows.decide(ma02, "HTTNV", null, null);
        rows.publish(cycle);
        step(Kind.PUBLISHED, null);
        List<Mail> published = received(2);
        assertThat(published).extracting(Mail::subject).containsOnly("Công bố kết quả xếp loại kỳ 2039");
        assertThat(published.stream().filter(m -> m.to().equals("ma03@ma.test")).findFirst().orElseThrow().body())
                .contains("Xếp loại của đồng chí: HTTNV (Hoàn thành tốt nhiệm vụ). Xem quyết định và lý do tại http://kpi.test/appraisals/"
                        + ma03 + ".");
    }

    @Test
    void shouldTellTheCompetentPersonOfAComplaintAndThePersonOfItsResolution() throws Exception {
        long decision = rows.decide(ma03, "HTTNV", "Vượt tỷ lệ", null);
        rows.publish(cycle);
        long complaint = rows.complain(ma03, "ma03", LocalDate.of(2040, 4, 30));

        step(Kind.COMPLAINT_FILED, ma03);
        Mail filed = received(1).get(0);
        assertThat(filed.to()).isEqualTo("ma01@ma.test");
        assertThat(filed.subject()).isEqualTo("Khiếu nại về xếp loại: Cán bộ MA03 kỳ 2039");
        assertThat(filed.body()).startsWith("Đồng chí Cán bộ MA03 khiếu nại quyết định xếp loại kỳ 2039. Hạn giải quyết: 30/04/2040.");

        long upheld = rows.decide(ma03, "HTXSNV", "Khiếu nại đúng", decision);
        jdbc.sql("UPDATE appraisal_complaints SET state = 'UPHELD', resolution_reason = 'Đủ điều kiện', new_decision_id = ? WHERE id = ?")
                .params(upheld, complaint).update();
        step(Kind.COMPLAINT_RESOLVED, ma03);
        Mail resolved = received(1).get(0);
        assertThat(resolved.to()).isEqualTo("ma03@ma.test");
        assertThat(resolved.subject()).isEqualTo("Kết quả giải quyết khiếu nại kỳ 2039");
        assertThat(resolved.body()).contains("đã được giải quyết: chấp nhận, có quyết định mới («HTXSNV (Hoàn thành xuất sắc nhiệm vụ)»)."
                + " Lý do: Đủ điều kiện.");
    }

    @Test
    void shouldSendNothingForAStepRolledBack() throws Exception {
        transaction.executeWithoutResult(t -> {
            events.publishEvent(new AppraisalNotice(Kind.CYCLE_OPENED, cycle, null, "tester"));
            t.setRollbackOnly();
        });
        step(Kind.SELF_ASSESSED, ma02); // MA02's unit head is MA02 themself

        assertThat(received(1)).extracting(Mail::to).containsExactly("ma02@ma.test");
    }
}
