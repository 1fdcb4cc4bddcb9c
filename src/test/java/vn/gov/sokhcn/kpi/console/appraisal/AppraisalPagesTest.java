package vn.gov.sokhcn.kpi.console.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.gov.sokhcn.kpi.appraisal.AppraisalRows;
import vn.gov.sokhcn.kpi.console.ConsolePagesContext;
import vn.gov.sokhcn.kpi.security.KpiPrincipal;
import vn.gov.sokhcn.kpi.security.Role;

/**
 * The console's appraisal pages on the demo Department: the cycles with HR's form, a cycle's progress and
 * «Công bố», an appraisal with the one form that waits for the user — each form done (redirect and notice)
 * and refused (the service's Vietnamese reason on the page, the API's status). The cycles made here are
 * removed after each test (appraisal/AppraisalRows).
 */
@ConsolePagesContext
class AppraisalPagesTest {
    static final String PERIOD = "2026-10";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    AppraisalRows rows;
    long cycle;
    long staffAppraisal;

    @BeforeEach
    void cycle() {
        rows = new AppraisalRows(jdbc);
        long run = jdbc.sql("SELECT l.run_id FROM latest_completed_runs l JOIN periods p ON p.id = l.period_id WHERE p.code = ?")
                .param(PERIOD).query(Long.class).single();
        cycle = rows.cycle(PERIOD, "SO", run, LocalDate.now().plusDays(5), LocalDate.now().plusDays(10),
                LocalDate.now().plusDays(20));
        staffAppraisal = rows.appraisal(cycle, "CB19", "SELF_ASSESSMENT", "HEAD_OF_AGENCY", "CB01");
    }

    @AfterEach
    void clean() {
        rows.deleteCreated();
    }

    static RequestPostProcessor staff() {
        return user(new KpiPrincipal("staff", "x", Role.EMPLOYEE, "CB19", true));
    }

    static RequestPostProcessor head() {
        return user(new KpiPrincipal("head", "x", Role.UNIT_HEAD, "CB17", true));
    }

    static RequestPostProcessor director() {
        return user(new KpiPrincipal("director", "x", Role.UNIT_HEAD, "CB01", true));
    }

    static RequestPostProcessor hr() {
        return user(new KpiPrincipal("hr", "x", Role.HR_OFFICER, null, true));
    }

    @Test
    void listsTheCyclesForEveryoneAndOffersTheOpeningFormToHrOnly() throws Exception {
        String asStaff = page(get("/appraisal-cycles").with(staff()));
        assertThat(asStaff).contains("<a href=\"/appraisal-cycles\" class=\"active\">Đánh giá, xếp loại</a>")
                .contains("<h1>Đánh giá, xếp loại chất lượng</h1>")
                .contains("<a href=\"/appraisal-cycles/" + cycle + "\">Số " + cycle + "</a>")
                .contains("<td><a href=\"/appraisals/" + staffAppraisal + "\">Bản đánh giá của bạn</a></td>")
                .doesNotContain("Mở đợt đánh giá mới");
        assertThat(page(get("/appraisal-cycles").with(hr()))).contains("<h2>Mở đợt đánh giá mới</h2>")
                .contains("<option value=\"SO\">")
                .contains("<option value=\"2026-10\">Tháng 2026-10</option>");
        assertThat(page(get("/").with(staff()))).contains("<a href=\"/appraisal-cycles\">Đánh giá, xếp loại</a>");
    }

    @Test
    void opensACycleFromTheFormAndShowsTheRefusalsOnTheForm() throws Exception {
        String refused = mvc.perform(post("/appraisal-cycles").param("period", "2026-09").param("agency", "SO")
                        .param("selfAssessmentDue", "2027-01-15").param("reviewDue", "2027-01-10")
                        .param("decisionDue", "15/01/2027").with(hr()).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("<li>Hạn quyết định: «15/01/2027» không phải là ngày (dạng 2027-01-15)</li>")
                .contains("value=\"2027-01-10\"");
        assertThat(page(post("/appraisal-cycles").param("period", "2026-09").param("agency", "SO")
                .param("selfAssessmentDue", "2027-01-15").param("reviewDue", "2027-01-10").param("decisionDue", "2027-01-31")
                .with(hr()).with(csrf()), 400))
                .contains("<li>Hạn họp nhận xét: Hạn nhận xét của đơn vị (2027-01-10) không được trước hạn tự đánh giá (2027-01-15)</li>");
        assertThat(page(post("/appraisal-cycles").param("period", PERIOD).param("agency", "SO")
                .param("selfAssessmentDue", "2027-01-15").param("reviewDue", "2027-01-20").param("decisionDue", "2027-01-31")
                .with(hr()).with(csrf()), 409))
                .contains("<li>Đã có đợt đánh giá kỳ «2026-10» của «SO» (số " + cycle + ").</li>");
        mvc.perform(post("/appraisal-cycles").param("period", "2026-09").with(staff()).with(csrf()))
                .andExpect(status().isForbidden());

        var done = mvc.perform(post("/appraisal-cycles").param("period", "2026-09").param("agency", "SO")
                        .param("selfAssessmentDue", "2027-01-15").param("reviewDue", "2027-01-20").param("decisionDue", "2027-01-31")
                        .with(hr()).with(csrf()))
                .andExpect(redirectedUrlPattern("/appraisal-cycles/*"))
                .andExpect(flash().attribute("notice", startsWith("Đã mở đợt đánh giá, xếp loại kỳ 2026-09 của ")))
                .andReturn();
        rows.adopt(Long.parseLong(done.getResponse().getRedirectedUrl().substring("/appraisal-cycles/".length())));
    }

    @Test
    void showsACycleWithItsProgressPerUnitAndHidesTheStaffMembersOwnProposal() throws Exception {
        rows.appraisal(cycle, "CB18", "DECISION", "HEAD_OF_AGENCY", "CB01");
        String asHr = page(get("/appraisal-cycles/{id}", cycle).with(hr()));
        assertThat(asHr).contains("Đợt đánh giá số " + cycle + " — kỳ 2026-10, ")
                .contains("<div id=\"progress-chart\" class=\"chart\" data-chart=\"progress-data\"")
                .contains("<script type=\"application/json\" id=\"progress-data\">")
                .contains("\"name\":\"Tự đánh giá\",\"type\":\"bar\",\"stack\":\"steps\"")
                .containsPattern(">CB19 — Trần Văn Nam</a></td>\\s*<td>QLKH</td>\\s*<td>Tự đánh giá</td>\\s*<td>H\\w+</td>\\s*<td></td>\\s*<td>Chưa tự đánh giá</td>")
                .contains("<button id=\"publish\" type=\"submit\">Công bố</button>");
        String asStaff = page(get("/appraisal-cycles/{id}", cycle).with(staff()));
        assertThat(asStaff).containsPattern(">CB19 — Trần Văn Nam</a></td>\\s*<td>QLKH</td>\\s*<td>Tự đánh giá</td>\\s*<td></td>\\s*<td></td>")
                .doesNotContain("CB18 — ").doesNotContain("id=\"publish\"");
    }

    @Test
    void publishesOnlyWhenEveryoneIsDecidedAndListsWhoIsMissing() throws Exception {
        mvc.perform(post("/appraisal-cycles/{id}/publish", cycle).with(hr()).with(csrf()))
                .andExpect(redirectedUrl("/appraisal-cycles/" + cycle))
                .andExpect(flash().attribute("error", "Chưa công bố được: 1 người chưa có quyết định xếp loại: CB19 (Tự đánh giá)."));
        mvc.perform(post("/appraisal-cycles/{id}/publish", cycle).with(director()).with(csrf())).andExpect(status().isForbidden());

        rows.decide(staffAppraisal, "HTTNV", null, null);
        mvc.perform(post("/appraisal-cycles/{id}/publish", cycle).with(hr()).with(csrf()))
                .andExpect(redirectedUrl("/appraisal-cycles/" + cycle))
                .andExpect(flash().attribute("notice", "Đã công bố kết quả đánh giá, xếp loại của đợt số " + cycle + "."));
        assertThat(page(get("/appraisal-cycles/{id}", cycle).with(staff())))
                .contains("<a id=\"published-xlsx\" href=\"/api/appraisal-cycles/" + cycle + "/published.xlsx\">")
                .containsPattern("<td>Đã công bố</td>\\s*<td>H\\w+</td>\\s*<td>HTTNV</td>");
    }

    @Test
    void offersThePersonTheSelfAssessmentFormAndTakesIt() throws Exception {
        String own = page(get("/appraisals/{id}", staffAppraisal).with(staff()));
        assertThat(own).contains("<form id=\"self-form\"").doesNotContain("id=\"review-form\"")
                .contains("Xếp loại của bạn sẽ được hiện khi cán bộ tổ chức công bố kết quả đợt đánh giá.")
                .contains("href=\"/api/appraisals/" + staffAppraisal + "/form.pdf\"");
        String bad = page(post("/appraisals/{id}/self-assessment", staffAppraisal).param("text", " ").param("politics", "năm")
                .with(staff()).with(csrf()), 400);
        assertThat(bad).contains("<li>Chính trị, tư tưởng: «năm» không phải là số</li>").contains("value=\"năm\"");
        assertThat(page(post("/appraisals/{id}/self-assessment", staffAppraisal).param("proposedRating", "HTTNV")
                .param("politics", "5").param("ethics", "5").param("style", "5").param("discipline", "5")
                .with(staff()).with(csrf()), 400))
                .contains("<li>Nội dung: Cần nội dung tự đánh giá kết quả thực hiện nhiệm vụ</li>");
        assertThat(page(post("/appraisals/{id}/self-assessment", staffAppraisal).param("text", "Hoàn thành các việc được giao")
                .param("proposedRating", "HTTNV").with(head()).with(csrf()), 403))
                .contains("<li>Chỉ chính «CB19» mới được tự đánh giá trong bản đánh giá của mình.</li>");

        mvc.perform(post("/appraisals/{id}/self-assessment", staffAppraisal).param("text", "Hoàn thành các việc được giao")
                        .param("proposedRating", "HTTNV").param("politics", "5").param("ethics", "5").param("style", "5")
                        .param("discipline", "5").with(staff()).with(csrf()))
                .andExpect(redirectedUrl("/appraisals/" + staffAppraisal))
                .andExpect(flash().attribute("notice", "Đã gửi bản tự đánh giá."));
        assertThat(page(get("/appraisals/{id}", staffAppraisal).with(staff())))
                .contains("<p class=\"step-text\">Hoàn thành các việc được giao</p>")
                .contains("<li>Tự đề xuất xếp loại: HTTNV (Hoàn thành tốt nhiệm vụ)</li>");
    }

    @Test
    void offersTheHeadTheUnitReviewFormAndTakesIt() throws Exception {
        assertThat(page(get("/appraisals/{id}", staffAppraisal).with(head()))).contains("<form id=\"review-form\"")
                .doesNotContain("id=\"self-form\"").doesNotContain("id=\"decision-form\"");
        assertThat(page(post("/appraisals/{id}/unit-review", staffAppraisal).param("meetingDate", LocalDate.now().toString())
                .param("present", "0").param("summary", "Hoàn thành tốt").param("proposedRating", "HTTNV")
                .with(head()).with(csrf()), 400))
                .contains("<li>Số người dự họp: Số người dự họp phải từ 1 trở lên</li>");
        assertThat(page(post("/appraisals/{id}/unit-review", staffAppraisal).param("meetingDate", LocalDate.now().toString())
                .param("present", "7").param("summary", "Hoàn thành tốt").param("proposedRating", "HTTNV")
                .with(staff()).with(csrf()), 403))
                .contains("<li>Chỉ trưởng đơn vị của «CB19» (hoặc cán bộ tổ chức thay mặt) mới được ghi nhận xét của đơn vị.</li>");

        mvc.perform(post("/appraisals/{id}/unit-review", staffAppraisal).param("meetingDate", LocalDate.now().toString())
                        .param("present", "7").param("summary", "Hoàn thành tốt").param("proposedRating", "HTTNV")
                        .with(head()).with(csrf()))
                .andExpect(redirectedUrl("/appraisals/" + staffAppraisal))
                .andExpect(flash().attribute("notice", "Đã ghi nhận xét của đơn vị."));
        assertThat(page(get("/appraisals/{id}", staffAppraisal).with(head()))).contains("<p class=\"step-text\">Hoàn thành tốt</p>")
                .contains(", 7 người dự</li>").contains("<li>Người được đánh giá không tự đánh giá</li>")
                .doesNotContain("id=\"review-form\"");
    }

    @Test
    void offersTheCompetentPersonTheDecisionFormAndShowsProposalAndDecisionSideBySide() throws Exception {
        long decision = rows.appraisal(cycle, "CB18", "DECISION", "HEAD_OF_AGENCY", "CB01");
        String proposed = jdbc.sql("SELECT proposed_rating FROM appraisals WHERE id = ?").param(decision).query(String.class).single();
        String other = "HTTNV".equals(proposed) ? "HTNV" : "HTTNV";
        assertThat(page(get("/appraisals/{id}", decision).with(director()))).contains("<form id=\"decision-form\"");
        assertThat(page(get("/appraisals/{id}", decision).with(head()))).doesNotContain("id=\"decision-form\"");
        assertThat(page(post("/appraisals/{id}/decision", decision).param("rating", other).param("reason", "")
                .with(director()).with(csrf()), 400))
                .contains("<li>Lý do: Xếp loại quyết định (" + other + ") khác đề xuất (" + proposed + "): cần ghi rõ lý do</li>");
        assertThat(page(post("/appraisals/{id}/decision", decision).param("rating", proposed).with(head()).with(csrf()), 403))
                .contains("<li>Chỉ người có thẩm quyền (người đứng đầu cơ quan «SO») mới được quyết định xếp loại của «CB18».</li>");

        mvc.perform(post("/appraisals/{id}/decision", decision).param("rating", other).param("reason", "Chậm hai báo cáo quý")
                        .with(director()).with(csrf()))
                .andExpect(redirectedUrl("/appraisals/" + decision))
                .andExpect(flash().attribute("notice", "Đã quyết định xếp loại."));
        assertThat(page(get("/appraisals/{id}", decision).with(hr())))
                .contains("<h3>Đề xuất của lượt đánh giá</h3>").contains("<h3>Quyết định của người có thẩm quyền</h3>")
                .contains("<span class=\"badge-differs\">khác đề xuất " + proposed + "</span>")
                .contains("<p>Lý do: Chậm hai báo cáo quý</p>");
        assertThat(page(post("/appraisals/{id}/decision", decision).param("rating", proposed).with(director()).with(csrf()), 409))
                .contains("đã được quyết định (" + other + ", quyết định số ");
    }

    @Test
    void takesAComplaintAfterPublicationAndItsResolutionByTheCompetentPerson() throws Exception {
        rows.decide(staffAppraisal, "HTTNV", null, null);
        assertThat(page(post("/appraisals/{id}/complaints", staffAppraisal).param("text", "Đề nghị xem xét lại")
                .with(staff()).with(csrf()), 409))
                .contains("<li>Chỉ khiếu nại được sau khi kết quả đợt đánh giá được công bố.</li>");
        rows.publish(cycle);
        jdbc.sql("UPDATE appraisals SET step = 'PUBLISHED' WHERE id = ?").param(staffAppraisal).update();
        assertThat(page(get("/appraisals/{id}", staffAppraisal).with(staff()))).contains("<form id=\"complaint-form\"")
                .contains("Hạn gửi khiếu nại: ");
        assertThat(page(post("/appraisals/{id}/complaints", staffAppraisal).param("text", "").with(staff()).with(csrf()), 400))
                .contains("<li>Nội dung: Cần nội dung khiếu nại</li>");
        mvc.perform(post("/appraisals/{id}/complaints", staffAppraisal).param("text", "Tôi đã hoàn thành vượt mức")
                        .with(staff()).with(csrf()))
                .andExpect(redirectedUrl("/appraisals/" + staffAppraisal))
                .andExpect(flash().attribute("notice", "Đã gửi khiếu nại."));
        long complaint = jdbc.sql("SELECT id FROM appraisal_complaints WHERE appraisal_id = ?").param(staffAppraisal)
                .query(Long.class).single();

        assertThat(page(get("/appraisals/{id}", staffAppraisal).with(director()))).contains("<form id=\"resolution-form\"");
        assertThat(page(post("/appraisal-complaints/{c}/resolution", complaint).param("appraisal", String.valueOf(staffAppraisal))
                .param("outcome", "UPHELD").param("reason", "Có minh chứng").with(director()).with(csrf()), 400))
                .contains("<li>Mức xếp loại: Khiếu nại được chấp nhận: cần mức xếp loại mới</li>");
        mvc.perform(post("/appraisal-complaints/{c}/resolution", complaint).param("appraisal", String.valueOf(staffAppraisal))
                        .param("outcome", "REJECTED").param("reason", "Không có minh chứng mới").with(director()).with(csrf()))
                .andExpect(redirectedUrl("/appraisals/" + staffAppraisal))
                .andExpect(flash().attribute("notice", "Đã giải quyết khiếu nại số " + complaint + "."));
        assertThat(page(get("/appraisals/{id}", staffAppraisal).with(staff())))
                .contains(" — không chấp nhận (director): Không có minh chứng mới")
                .containsPattern("<li data-kind=\"RESOLUTION\">\\s*<strong>Giải quyết khiếu nại</strong>");
    }

    @Test
    void refusesAnotherPersonsAppraisalAndAnUnknownOneWithTheErrorPage() throws Exception {
        long other = rows.appraisal(cycle, "CB01", "SELF_ASSESSMENT", "SUPERIOR_AGENCY", null);
        assertThat(page(get("/appraisals/{id}", other).with(staff()), 403))
                .contains("Không được xem bản đánh giá của «CB01»");
        assertThat(page(get("/appraisals/{id}", 999_999).with(hr()), 404)).contains("Không tìm thấy trang");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return page(request, 200);
    }

    private String page(MockHttpServletRequestBuilder request, int status) throws Exception {
        return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
