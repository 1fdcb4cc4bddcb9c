package vn.gov.sokhcn.kpi.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.gov.sokhcn.kpi.appraisal.AppraisalHttp.Reply;
import vn.gov.sokhcn.kpi.appraisal.AppraisalNotice.Kind;

/**
 * One small agency (DGA: Director DG01, division DGP with head DG02 and staff DG03–DG05) taken through the
 * whole procedure over HTTP: opening, self-assessment, the unit's comments, decisions, publication and a
 * complaint upheld; then the refusals of each step. Each test works in a period of its own.
 */
@SpringBootTest(properties = "kpi.demo-data.enabled=true")
@AutoConfigureMockMvc
class AppraisalProcedureTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    RecordedNotices notices;

    AppraisalData data;
    AppraisalHttp http;
    String period;

    @BeforeEach
    void data() {
        data = new AppraisalData(jdbc);
        data.ensure(encoder.encode("demo"));
        http = new AppraisalHttp(mvc);
        period = data.newPeriod();
    }

    @Test
    void shouldTakeOneAgencyThroughSelfAssessmentReviewDecisionPublicationAndAComplaintUpheld() throws Exception {
        Reply opened = open(LocalDate.now().minusDays(1), LocalDate.now().plusDays(10), LocalDate.now().plusDays(20));
        assertThat(opened.status()).isEqualTo(201);
        long cycle = opened.json().path("id").asLong();
        assertThat(opened.location()).isEqualTo("/api/appraisal-cycles/" + cycle);
        assertThat(opened.json().path("counts").path("SELF_ASSESSMENT").asLong()).isEqualTo(5);
        assertThat(opened.json().path("tiesPending").asLong()).isEqualTo(1);
        assertThat(opened.json().path("missingSelfAssessments").asLong()).isEqualTo(5);
        assertThat(opened.json().path("units").get(0).path("unit").asString()).isEqualTo("DGA");
        assertThat(opened.json().path("units").get(1).path("counts").path("SELF_ASSESSMENT").asLong()).isEqualTo(4);
        Map<String, Long> ids = ids(opened.json());
        JsonNode dg01 = http.get("hr", "/api/appraisals/" + ids.get("DG01")).json();
        assertThat(dg01.path("competent").path("kind").asString()).isEqualTo("SUPERIOR_AGENCY");
        JsonNode dg03 = http.get("hr", "/api/appraisals/" + ids.get("DG03")).json();
        assertThat(dg03.path("competent").path("employee").asString()).isEqualTo("DG01");
        assertThat(dg03.path("proposed").path("rating").asString()).isEqualTo("HTTNV");
        assertThat(dg03.path("proposed").path("reasons").get(0).path("source").asString())
                .isEqualTo("decision-tables/xep-loai.drl.xlsx!Xếp loại!B11");

        // Self-assessment: the person only, late after the due date, still taken.
        Reply self = http.post("dg03", "/api/appraisals/" + ids.get("DG03") + "/self-assessment", """
                {"text":"Hoàn thành 10/10 hồ sơ thẩm định đúng hạn","proposedRating":"HTXSNV",
                 "criteria":{"politics":7.5,"ethics":7,"style":7,"discipline":7.5},
                 "assignmentComments":[{"assignment":"DG-KPI","comment":"Vượt tiến độ quý IV"}]}""");
        assertThat(self.status()).isEqualTo(200);
        assertThat(self.json().path("step").asString()).isEqualTo("UNIT_REVIEW");
        JsonNode selfStep = self.json().path("steps").get(0);
        assertThat(selfStep.path("kind").asString()).isEqualTo("SELF_ASSESSMENT");
        assertThat(selfStep.path("actor").asString()).isEqualTo("dg03");
        assertThat(selfStep.path("late").asBoolean()).isTrue();
        assertThat(selfStep.path("details").path("assignmentComments").get(0).path("indicator").asString()).isEqualTo("DG-KPI");
        assertThat(self.json().path("proposed").isNull()).isTrue(); // no rating of one's own before publication
        assertThat(http.post("dg04", "/api/appraisals/" + ids.get("DG03") + "/self-assessment", selfBody()).status())
                .isEqualTo(403);

        // The unit's comments: the head of the unit for its staff, the Director for the head, HR for the Director.
        for (String code : List.of("DG03", "DG04", "DG05")) {
            assertThat(http.post("dg-head", "/api/appraisals/" + ids.get(code) + "/unit-review", review("HTTNV")).status())
                    .isEqualTo(200);
        }
        assertThat(http.post("dg-head", "/api/appraisals/" + ids.get("DG02") + "/unit-review", review("HTTNV")).status())
                .isEqualTo(403);
        assertThat(http.post("dg-director", "/api/appraisals/" + ids.get("DG02") + "/unit-review", review("HTTNV")).status())
                .isEqualTo(200);
        assertThat(http.post("hr", "/api/appraisals/" + ids.get("DG01") + "/unit-review", review("HTXSNV")).status())
                .isEqualTo(200);
        JsonNode dg05 = http.get("hr", "/api/appraisals/" + ids.get("DG05")).json();
        assertThat(dg05.path("step").asString()).isEqualTo("DECISION");
        assertThat(dg05.path("selfAssessmentNote").asString()).isEqualTo("Không tự đánh giá");
        assertThat(http.post("dg03", "/api/appraisals/" + ids.get("DG03") + "/self-assessment", selfBody()).status())
                .isEqualTo(409);

        // Decisions: only the competent person; a rating other than the proposal needs a reason.
        assertThat(http.post("hr", "/api/appraisals/" + ids.get("DG03") + "/decision", "{\"rating\":\"HTTNV\"}").status())
                .isEqualTo(403);
        Reply noReason = http.post("dg-director", "/api/appraisals/" + ids.get("DG05") + "/decision", "{\"rating\":\"HTTNV\"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.fieldMessage("$.reason")).isEqualTo("Xếp loại quyết định (HTTNV) khác đề xuất (HTNV): cần ghi rõ lý do");
        Reply differs = http.post("dg-director", "/api/appraisals/" + ids.get("DG05") + "/decision",
                "{\"rating\":\"HTTNV\",\"reason\":\"Hoàn thành thêm nhiệm vụ đột xuất được giao\"}");
        assertThat(differs.status()).isEqualTo(200);
        assertThat(differs.json().path("step").asString()).isEqualTo("DECIDED");
        assertThat(differs.json().path("proposed").path("rating").asString()).isEqualTo("HTNV");
        assertThat(differs.json().path("decided").path("rating").asString()).isEqualTo("HTTNV");
        assertThat(differs.json().path("decided").path("cause").asString()).isEqualTo("DECISION");
        Reply again = http.post("dg-director", "/api/appraisals/" + ids.get("DG05") + "/decision",
                "{\"rating\":\"HTNV\",\"reason\":\"Xem lại\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("type").asString()).isEqualTo("urn:kpi:problem:already-decided");
        for (String code : List.of("DG02", "DG03")) {
            assertThat(http.post("dg-director", "/api/appraisals/" + ids.get(code) + "/decision", "{\"rating\":\"HTTNV\"}")
                    .status()).isEqualTo(200);
        }
        Reply notReady = http.post("hr", "/api/appraisal-cycles/" + cycle + "/publish", null);
        assertThat(notReady.status()).isEqualTo(409);
        assertThat(notReady.json().path("type").asString()).isEqualTo("urn:kpi:problem:cycle-not-ready");
        assertThat(notReady.json().path("detail").asString()).isEqualTo(
                "Chưa công bố được: 2 người chưa có quyết định xếp loại: DG01 (Chờ quyết định), DG04 (Chờ quyết định, bằng điểm tại ngưỡng hạn mức).");
        Reply noNumber = http.post("hr", "/api/appraisals/" + ids.get("DG01") + "/decision", "{\"rating\":\"HTXSNV\"}");
        assertThat(noNumber.fieldMessage("$.superiorDecisionNo")).isEqualTo("Cần số văn bản quyết định của cơ quan cấp trên");
        assertThat(http.post("dg-director", "/api/appraisals/" + ids.get("DG01") + "/decision",
                "{\"rating\":\"HTXSNV\",\"superiorDecisionNo\":\"123/QĐ-UBND\"}").status()).isEqualTo(403);
        assertThat(http.post("hr", "/api/appraisals/" + ids.get("DG01") + "/decision",
                "{\"rating\":\"HTXSNV\",\"superiorDecisionNo\":\"123/QĐ-UBND\"}").status()).isEqualTo(200);
        assertThat(http.post("dg-director", "/api/appraisals/" + ids.get("DG04") + "/decision",
                "{\"rating\":\"HTXSNV\",\"reason\":\"Bằng điểm tại ngưỡng: nhiều sáng kiến được công nhận hơn\"}").status())
                .isEqualTo(200);

        // Publication, then a complaint upheld by the competent person.
        Reply published = http.post("hr", "/api/appraisal-cycles/" + cycle + "/publish", null);
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.json().path("state").asString()).isEqualTo("PUBLISHED");
        assertThat(published.json().path("counts").path("PUBLISHED").asLong()).isEqualTo(5);
        JsonNode own = http.get("dg05", "/api/appraisals/" + ids.get("DG05")).json();
        assertThat(own.path("decided").path("rating").asString()).isEqualTo("HTTNV");
        assertThat(own.path("decided").path("reason").asString()).isEqualTo("Hoàn thành thêm nhiệm vụ đột xuất được giao");
        assertThat(http.post("dg05", "/api/appraisals/" + ids.get("DG03") + "/complaints", "{\"text\":\"x\"}").status())
                .isEqualTo(403);
        Reply filed = http.post("dg03", "/api/appraisals/" + ids.get("DG03") + "/complaints",
                "{\"text\":\"Tôi vượt chỉ tiêu cả năm, đề nghị xem xét xếp loại HTXSNV\"}");
        assertThat(filed.status()).isEqualTo(201);
        long complaint = filed.json().path("complaint").asLong();
        assertThat(http.post("dg03", "/api/appraisals/" + ids.get("DG03") + "/complaints", "{\"text\":\"lần hai\"}").status())
                .isEqualTo(409);
        assertThat(http.post("dg-head", "/api/appraisal-complaints/" + complaint + "/resolution",
                "{\"outcome\":\"REJECTED\",\"reason\":\"Không có căn cứ\"}").status()).isEqualTo(403);
        Reply upheld = http.post("dg-director", "/api/appraisal-complaints/" + complaint + "/resolution",
                "{\"outcome\":\"UPHELD\",\"reason\":\"Kết quả vượt chỉ tiêu được xác minh\",\"rating\":\"HTXSNV\"}");
        assertThat(upheld.status()).isEqualTo(200);
        JsonNode after = http.get("dg03", "/api/appraisals/" + ids.get("DG03")).json();
        assertThat(after.path("step").asString()).isEqualTo("RESOLVED");
        assertThat(after.path("decided").path("rating").asString()).isEqualTo("HTXSNV");
        assertThat(after.path("decided").path("cause").asString()).isEqualTo("COMPLAINT_UPHELD");
        assertThat(after.path("decided").path("replaces").asLong()).isEqualTo(after.path("decisions").get(1).path("id").asLong());
        assertThat(after.path("complaints").get(0).path("state").asString()).isEqualTo("UPHELD");
        assertThat(after.path("complaints").get(0).path("overdue").asBoolean()).isFalse();
        assertThat(kinds(after)).containsExactly("SELF_ASSESSMENT", "UNIT_REVIEW", "DECISION", "PUBLICATION", "COMPLAINT",
                "RESOLUTION");
        assertThat(jdbc.sql("""
                        SELECT action FROM audit_events WHERE action LIKE 'APPRAISAL%' AND object_type = 'AppraisalCycle'
                        AND object_id = ? ORDER BY id""").param(String.valueOf(cycle)).query(String.class).list())
                .containsExactly("APPRAISAL_CYCLE_OPENED", "APPRAISAL_CYCLE_PUBLISHED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_events WHERE action = 'APPRAISAL_DECIDED' AND object_id = ?")
                .param(String.valueOf(ids.get("DG05"))).query(Long.class).single()).isEqualTo(1);
        assertThat(notices.of(cycle)).containsExactly(Kind.CYCLE_OPENED, Kind.SELF_ASSESSED, Kind.UNIT_REVIEWED,
                Kind.UNIT_REVIEWED, Kind.UNIT_REVIEWED, Kind.UNIT_REVIEWED, Kind.UNIT_REVIEWED, Kind.DECIDED, Kind.DECIDED,
                Kind.DECIDED, Kind.DECIDED, Kind.DECIDED, Kind.PUBLISHED, Kind.COMPLAINT_FILED, Kind.COMPLAINT_RESOLVED);
    }

    @Test
    void shouldRefuseSelfScoresAboveTheTableMaximumAndAssignmentsNotTheirs() throws Exception {
        Map<String, Long> ids = ids(open(LocalDate.now(), LocalDate.now().plusDays(5), LocalDate.now().plusDays(9)).json());

        Reply refused = http.post("dg03", "/api/appraisals/" + ids.get("DG03") + "/self-assessment", """
                {"text":"Tự đánh giá","proposedRating":"HTXSNV",
                 "criteria":{"politics":7.5,"ethics":8,"style":-1},
                 "assignmentComments":[{"assignment":"KHONG-CO","comment":"x"},{"assignment":"DG-KPI","comment":" "}]}""");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.fieldMessage("$.criteria.ethics")).isEqualTo("Điểm phải từ 0 đến 7,5 ("
                + "decision-tables/cham-diem.drl.xlsx!Tiêu chí chung!B12)");
        assertThat(refused.fieldMessage("$.criteria.style")).startsWith("Điểm phải từ 0 đến 7,5");
        assertThat(refused.fieldMessage("$.criteria.discipline")).isEqualTo("Cần điểm tự chấm");
        assertThat(refused.fieldMessage("$.criteria.politics")).isNull();
        assertThat(refused.fieldMessage("$.assignmentComments[0].assignment"))
                .isEqualTo("«KHONG-CO» không phải việc được giao cho «DG03» trong kỳ «" + period + "»");
        assertThat(refused.fieldMessage("$.assignmentComments[1].comment")).isEqualTo("Cần nội dung nhận xét");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM appraisal_steps WHERE appraisal_id = ?").param(ids.get("DG03"))
                .query(Long.class).single()).isZero();
        assertThat(http.get("hr", "/api/appraisals/" + ids.get("DG03")).json().path("step").asString())
                .isEqualTo("SELF_ASSESSMENT");
    }

    @Test
    void shouldRefuseADecisionTheRulesForbidNamingTheCell() throws Exception {
        Map<String, Long> ids = readyForDecision();
        data.withoutQuotaExemption(period);
        // Without DGA's exemption, one HTTNV left allows no HTXSNV in the group (20 %, floor): raising DG03 worsens it.

        Reply refused = http.post("dg-director", "/api/appraisals/" + ids.get("DG03") + "/decision",
                "{\"rating\":\"HTXSNV\",\"reason\":\"Xuất sắc\"}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("type").asString()).isEqualTo("urn:kpi:problem:decision-breaks-rules");
        assertThat(refused.json().path("breaches").get(0).path("source").asString())
                .isEqualTo("decision-tables/han-muc.drl.xlsx!Hạn mức HTXSNV!E11");
        assertThat(refused.json().path("detail").asString()).isEqualTo("Quyết định xếp loại HTXSNV cho «DG03» trái với quy định: "
                + "Hạn mức: trong cơ quan DGA, nhóm nhiệm vụ «Công chức» có 1 người HTTNV nên tối đa 0 người HTXSNV (20%, "
                + "làm tròn xuống), nhưng theo các xếp loại quyết định có 2 người HTXSNV. "
                + "(decision-tables/han-muc.drl.xlsx!Hạn mức HTXSNV!E11)");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM appraisal_decisions WHERE appraisal_id = ?").param(ids.get("DG03"))
                .query(Long.class).single()).isZero();
        assertThat(http.post("dg-director", "/api/appraisals/" + ids.get("DG03") + "/decision", "{\"rating\":\"HTTNV\"}")
                .status()).isEqualTo(200);
    }

    @Test
    void shouldRefuseBadOpeningsNamingTheField() throws Exception {
        Reply missing = http.post("hr", "/api/appraisal-cycles", "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.fieldMessage("$.period")).isEqualTo("Cần mã kỳ đánh giá");
        assertThat(missing.fieldMessage("$.agency")).isEqualTo("Cần mã cơ quan");
        assertThat(missing.fieldMessage("$.selfAssessmentDue")).isEqualTo("Cần hạn tự đánh giá (ngày, dạng 2027-01-15)");
        Reply order = http.post("hr", "/api/appraisal-cycles", body(period, "DGP", "2027-01-20", "2027-01-10", "2027-01-31"));
        assertThat(order.status()).isEqualTo(400);
        assertThat(order.fieldMessage("$.agency")).startsWith("Đơn vị «DGP» không phải là cơ quan");
        assertThat(order.fieldMessage("$.reviewDue"))
                .isEqualTo("Hạn nhận xét của đơn vị (2027-01-10) không được trước hạn tự đánh giá (2027-01-20)");
        assertThat(http.post("hr", "/api/appraisal-cycles", body(period, "DGA", "15/01/2027", "2027-01-10", "2027-01-31"))
                .fieldMessage("$.selfAssessmentDue")).isNotBlank();
        jdbc.sql("INSERT INTO periods (code, kind, start_date, end_date) VALUES ('DG-T', 'MONTH', DATE '2100-01-01', DATE '2100-01-31')")
                .update();
        Reply noRun = http.post("hr", "/api/appraisal-cycles", body("DG-T", "DGA", "2027-01-10", "2027-01-20", "2027-01-31"));
        assertThat(noRun.status()).isEqualTo(409);
        assertThat(noRun.json().path("detail").asString()).isEqualTo(
                "Kỳ «DG-T» chưa có lượt đánh giá chính thức nào hoàn thành: hãy chạy kỳ này trước khi mở đợt đánh giá.");
        jdbc.sql("DELETE FROM periods WHERE code = 'DG-T'").update();
        assertThat(open(LocalDate.now(), LocalDate.now(), LocalDate.now()).status()).isEqualTo(201);
        Reply twice = open(LocalDate.now(), LocalDate.now(), LocalDate.now());
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().path("detail").asString()).startsWith("Đã có đợt đánh giá kỳ «" + period + "» của «DGA»");
        assertThat(http.post("dg-director", "/api/appraisal-cycles", body(period, "DGA", "2027-01-10", "2027-01-20", "2027-01-31"))
                .status()).isEqualTo(403);
    }

    @Test
    void shouldReEvaluateOnANewerRunWithANewDecisionReplacingTheFrozenOne() throws Exception {
        Map<String, Long> ids = readyForDecision();
        assertThat(http.post("dg-director", "/api/appraisals/" + ids.get("DG03") + "/decision", "{\"rating\":\"HTTNV\"}")
                .status()).isEqualTo(200);
        long cycle = jdbc.sql("SELECT cycle_id FROM appraisals WHERE id = ?").param(ids.get("DG03")).query(Long.class).single();
        assertThat(http.post("hr", "/api/appraisal-cycles/" + cycle + "/re-evaluation", null).status()).isEqualTo(409);
        long newer = data.newerRun(period, "DG03", "HTXSNV");

        Reply moved = http.post("hr", "/api/appraisal-cycles/" + cycle + "/re-evaluation", null);

        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().path("run").asLong()).isEqualTo(newer);
        assertThat(moved.json().path("awaitingNewDecision").asLong()).isEqualTo(1);
        JsonNode dg03 = http.get("hr", "/api/appraisals/" + ids.get("DG03")).json();
        assertThat(dg03.path("step").asString()).isEqualTo("DECISION");
        assertThat(dg03.path("proposed").path("rating").asString()).isEqualTo("HTXSNV");
        assertThat(dg03.path("decided").path("rating").asString()).isEqualTo("HTTNV"); // frozen until decided again
        Reply redecided = http.post("dg-director", "/api/appraisals/" + ids.get("DG03") + "/decision", "{\"rating\":\"HTXSNV\"}");
        assertThat(redecided.status()).isEqualTo(200);
        assertThat(redecided.json().path("decided").path("cause").asString()).isEqualTo("RE_EVALUATION");
        assertThat(redecided.json().path("decided").path("runId").asLong()).isEqualTo(newer);
        assertThat(redecided.json().path("decided").path("replaces").asLong())
                .isEqualTo(redecided.json().path("decisions").get(1).path("id").asLong());
    }

    @Test
    void shouldKeepDecisionsAndStepsFrozenInTheDatabase() throws Exception {
        Map<String, Long> ids = readyForDecision();
        http.post("dg-director", "/api/appraisals/" + ids.get("DG03") + "/decision", "{\"rating\":\"HTTNV\"}");

        assertThat(refused("UPDATE appraisal_decisions SET rating = 'HTXSNV' WHERE appraisal_id = " + ids.get("DG03"))).isTrue();
        assertThat(refused("DELETE FROM appraisal_decisions WHERE appraisal_id = " + ids.get("DG03"))).isTrue();
        assertThat(refused("UPDATE appraisal_steps SET text = 'khác' WHERE appraisal_id = " + ids.get("DG03"))).isTrue();
        assertThat(refused("DELETE FROM appraisal_steps WHERE appraisal_id = " + ids.get("DG03"))).isTrue();
        assertThat(jdbc.sql("SELECT rating FROM appraisal_decisions WHERE appraisal_id = ?").param(ids.get("DG03"))
                .query(String.class).single()).isEqualTo("HTTNV");
    }

    @Test
    void shouldRefuseAComplaintAfterTheFilingDaysWithTheLastDay() throws Exception {
        Map<String, Long> ids = readyForDecision();
        long cycle = jdbc.sql("SELECT cycle_id FROM appraisals WHERE id = ?").param(ids.get("DG03")).query(Long.class).single();
        assertThat(http.post("dg03", "/api/appraisals/" + ids.get("DG03") + "/complaints", "{\"text\":\"Sớm quá\"}").status())
                .isEqualTo(409);
        decideAll(ids);
        assertThat(http.post("hr", "/api/appraisal-cycles/" + cycle + "/publish", null).status()).isEqualTo(200);
        jdbc.sql("UPDATE appraisal_cycles SET published_at = ? WHERE id = ?")
                .params(java.time.OffsetDateTime.now().minusDays(91), cycle).update();

        Reply late = http.post("dg03", "/api/appraisals/" + ids.get("DG03") + "/complaints", "{\"text\":\"Đề nghị xem lại\"}");

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().path("detail").asString()).isEqualTo("Đã quá thời hạn khiếu nại: hạn cuối là ngày "
                + LocalDate.now().minusDays(1).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                + " (90 ngày kể từ ngày công bố, decision-tables/tham-quyen.drl.xlsx!Thời hạn khiếu nại!B11).");
    }

    @Test
    void shouldMarkAnOpenComplaintPastItsResolutionDayOverdue() throws Exception {
        Map<String, Long> ids = readyForDecision();
        long cycle = jdbc.sql("SELECT cycle_id FROM appraisals WHERE id = ?").param(ids.get("DG05")).query(Long.class).single();
        decideAll(ids);
        http.post("hr", "/api/appraisal-cycles/" + cycle + "/publish", null);
        Reply filed = http.post("dg05", "/api/appraisals/" + ids.get("DG05") + "/complaints", "{\"text\":\"Đề nghị xem lại\"}");
        JsonNode complaint = http.get("dg05", "/api/appraisals/" + ids.get("DG05")).json().path("complaints").get(0);
        assertThat(complaint.path("resolveBy").asString()).isEqualTo(LocalDate.now().plusDays(30).toString());
        assertThat(complaint.path("overdue").asBoolean()).isFalse();

        jdbc.sql("UPDATE appraisal_complaints SET resolve_by = ? WHERE id = ?")
                .params(LocalDate.now().minusDays(1), filed.json().path("complaint").asLong()).update();

        JsonNode overdue = http.get("dg-director", "/api/appraisals/" + ids.get("DG05")).json();
        assertThat(overdue.path("step").asString()).isEqualTo("COMPLAINED");
        assertThat(overdue.path("complaints").get(0).path("overdue").asBoolean()).isTrue();
        Reply noReason = http.post("dg-director", "/api/appraisal-complaints/" + filed.json().path("complaint").asLong()
                + "/resolution", "{\"outcome\":\"UPHELD\"}");
        assertThat(noReason.fieldMessage("$.reason")).isEqualTo("Cần lý do giải quyết khiếu nại");
        assertThat(noReason.fieldMessage("$.rating")).isEqualTo("Khiếu nại được chấp nhận: cần mức xếp loại mới");
    }

    @Test
    void shouldLetEachRoleSeeOnlyTheAppraisalsOfItsScope() throws Exception {
        Reply opened = open(LocalDate.now(), LocalDate.now().plusDays(5), LocalDate.now().plusDays(9));
        long cycle = opened.json().path("id").asLong();
        Map<String, Long> ids = ids(opened.json());

        assertThat(http.get("dg03", "/api/appraisals/" + ids.get("DG04")).status()).isEqualTo(403);
        assertThat(http.get("dg03", "/api/appraisals/" + ids.get("DG03")).status()).isEqualTo(200);
        assertThat(http.get("dg-head", "/api/appraisals/" + ids.get("DG01")).status()).isEqualTo(403);
        assertThat(http.get("dg-head", "/api/appraisals/" + ids.get("DG04")).status()).isEqualTo(200);
        assertThat(http.get("staff", "/api/appraisals/" + ids.get("DG04")).status()).isEqualTo(403);
        assertThat(http.get("expert", "/api/appraisals/" + ids.get("DG04")).status()).isEqualTo(200);
        assertThat(ids(http.get("dg03", "/api/appraisal-cycles/" + cycle).json()).keySet()).containsExactly("DG03");
        assertThat(ids(http.get("dg-head", "/api/appraisal-cycles/" + cycle).json()).keySet())
                .containsExactly("DG02", "DG03", "DG04", "DG05");
        assertThat(ids(http.get("staff", "/api/appraisal-cycles/" + cycle).json())).isEmpty();
        assertThat(http.get("dg03", "/api/appraisal-cycles/" + cycle).json().path("appraisals").get(0).path("proposedRating")
                .isNull()).isTrue();
        assertThat(http.post("expert", "/api/appraisals/" + ids.get("DG04") + "/unit-review", review("HTTNV")).status())
                .isEqualTo(403);
        assertThat(http.post("dg04", "/api/appraisals/" + ids.get("DG04") + "/unit-review", review("HTXSNV")).status())
                .isEqualTo(403);
        assertThat(http.post("dg-head", "/api/appraisal-cycles/" + cycle + "/publish", null).status()).isEqualTo(403);
        assertThat(http.post("expert", "/api/appraisal-cycles/" + cycle + "/re-evaluation", null).status()).isEqualTo(403);
        JsonNode listed = http.get("expert", "/api/appraisal-cycles?period=" + period + "&agency=DGA").json();
        assertThat(listed.path("total").asLong()).isEqualTo(1);
        assertThat(listed.path("items").get(0).path("id").asLong()).isEqualTo(cycle);
        assertThat(http.get("hr", "/api/appraisals/999999999").status()).isEqualTo(404);
    }

    @Test
    void shouldRefuseToDeleteAPersonOrAgencyAnAppraisalStillNames() throws Exception {
        open(LocalDate.now().plusDays(1), LocalDate.now().plusDays(10), LocalDate.now().plusDays(20));

        Reply person = http.delete("hr", "/api/employees/DG03");
        Reply agency = http.delete("hr", "/api/units/DGA");

        assertThat(person.status()).isEqualTo(409);
        assertThat(person.json().path("detail").asString()).startsWith("Không xóa được cán bộ «DG03»: còn ")
                .contains(" phiếu đánh giá, xếp loại");
        assertThat(agency.status()).isEqualTo(409);
        assertThat(agency.json().path("detail").asString()).contains(" đợt đánh giá, xếp loại", " phiếu đánh giá, xếp loại");
    }

    private Map<String, Long> readyForDecision() throws Exception {
        Reply opened = open(LocalDate.now(), LocalDate.now().plusDays(5), LocalDate.now().plusDays(9));
        Map<String, Long> ids = ids(opened.json());
        for (String code : List.of("DG03", "DG04", "DG05")) {
            http.post("dg-head", "/api/appraisals/" + ids.get(code) + "/unit-review", review("HTTNV"));
        }
        http.post("dg-director", "/api/appraisals/" + ids.get("DG02") + "/unit-review", review("HTTNV"));
        http.post("hr", "/api/appraisals/" + ids.get("DG01") + "/unit-review", review("HTXSNV"));
        return ids;
    }

    /**
     * Decides everyone as proposed, except DG05, raised to HTTNV with a reason: with DG05 at HTNV only two of the
     * three people under DG02 would be HTTNV or better, and the leader cap would hold DG02 at HTNV.
     */
    private void decideAll(Map<String, Long> ids) throws Exception {
        http.post("dg-director", "/api/appraisals/" + ids.get("DG05") + "/decision",
                "{\"rating\":\"HTTNV\",\"reason\":\"Hoàn thành thêm nhiệm vụ đột xuất được giao\"}");
        for (String code : List.of("DG02", "DG03", "DG04")) {
            http.post("dg-director", "/api/appraisals/" + ids.get(code) + "/decision",
                    "{\"rating\":\"" + (code.equals("DG04") ? "HTXSNV" : "HTTNV") + "\"}");
        }
        http.post("hr", "/api/appraisals/" + ids.get("DG01") + "/decision", "{\"rating\":\"HTXSNV\",\"superiorDecisionNo\":\"9/QĐ\"}");
    }

    private boolean refused(String sql) {
        try {
            jdbc.sql(sql).update();
            return false;
        } catch (RuntimeException e) {
            return true;
        }
    }

    private Reply open(LocalDate self, LocalDate review, LocalDate decision) throws Exception {
        return http.post("hr", "/api/appraisal-cycles", body(period, "DGA", self.toString(), review.toString(), decision.toString()));
    }

    private static String body(String period, String agency, String self, String review, String decision) {
        return """
                {"period":"%s","agency":"%s","selfAssessmentDue":"%s","reviewDue":"%s","decisionDue":"%s"}"""
                .formatted(period, agency, self, review, decision);
    }

    private static String review(String rating) {
        return """
                {"meetingDate":"%s","present":7,"summary":"Tập thể thống nhất đánh giá hoàn thành tốt nhiệm vụ",
                 "proposedRating":"%s"}""".formatted(LocalDate.now(), rating);
    }

    private static String selfBody() {
        return """
                {"text":"Tự đánh giá","proposedRating":"HTTNV","criteria":{"politics":7,"ethics":7,"style":7,"discipline":7}}""";
    }

    private static Map<String, Long> ids(JsonNode cycle) {
        Map<String, Long> ids = new java.util.LinkedHashMap<>();
        cycle.path("appraisals").forEach(a -> ids.put(a.path("employee").asString(), a.path("id").asLong()));
        return ids;
    }

    private static List<String> kinds(JsonNode appraisal) {
        List<String> kinds = new java.util.ArrayList<>();
        appraisal.path("steps").forEach(s -> kinds.add(s.path("kind").asString()));
        return kinds;
    }
}
