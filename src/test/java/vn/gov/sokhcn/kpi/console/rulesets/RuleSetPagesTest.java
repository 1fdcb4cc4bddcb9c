package vn.gov.sokhcn.kpi.console.rulesets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.gov.sokhcn.kpi.audit.Users.admin;
import static vn.gov.sokhcn.kpi.audit.Users.expert;
import static vn.gov.sokhcn.kpi.audit.Users.hr;
import static vn.gov.sokhcn.kpi.audit.Users.hr2;
import static vn.gov.sokhcn.kpi.audit.Users.staff;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.gov.sokhcn.kpi.console.ConsolePagesContext;
import vn.gov.sokhcn.kpi.console.RuleWorkbooks;
import vn.gov.sokhcn.kpi.ruleset.version.ActiveRuleSet;
import vn.gov.sokhcn.kpi.security.KpiPrincipal;
import vn.gov.sokhcn.kpi.security.Role;

/** /rulesets and /rulesets/{version}: the versions, uploads with problems at their cells, tests, diff, four eyes. */
@ConsolePagesContext
class RuleSetPagesTest {
    static final String WORKBOOK_PATH = "decision-tables/xep-loai.drl.xlsx";

    @Autowired
    MockMvc mvc;

    @Autowired
    ActiveRuleSet active;

    static RequestPostProcessor head() {
        return user(new KpiPrincipal("head", "x", Role.UNIT_HEAD, "CB17", true));
    }

    @Test
    void listsTheVersionsWithTheActiveOneHighlightedAndTheUploadForm() throws Exception {
        int inForce = active.get().version();
        mvc.perform(get("/rulesets").with(expert()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Bộ quy tắc</h1>")))
                .andExpect(content().string(containsString("<tr data-version=\"" + inForce + "\" class=\"active-version\">")))
                .andExpect(content().string(containsString("<span class=\"state state-ACTIVE\">Đang áp dụng</span>")))
                .andExpect(content().string(containsString("<input id=\"file\" name=\"file\" type=\"file\"")))
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\" action=\"/rulesets\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void refusesStaffAndUnitHeads() throws Exception {
        for (RequestPostProcessor who : new RequestPostProcessor[] {staff(), head()}) {
            mvc.perform(get("/rulesets").with(who)).andExpect(status().isForbidden());
            mvc.perform(get("/rulesets/1").with(who)).andExpect(status().isForbidden());
            mvc.perform(multipart("/rulesets").file(workbook(RuleWorkbooks.broken())).with(who).with(csrf()))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void refusesAnUploadWithoutTheCsrfToken() throws Exception {
        mvc.perform(multipart("/rulesets").file(workbook(RuleWorkbooks.broken()))
                        .with(user(new KpiPrincipal("expert", "x", Role.EXPERT, null, true))))
                .andExpect(status().isForbidden());
    }

    @Test
    void showsTheProblemOfABrokenWorkbookAtItsCellWithALinkToThatCell() throws Exception {
        int version = upload(expert(), workbook(RuleWorkbooks.broken()), "Sửa ngưỡng");

        String page = mvc.perform(get("/rulesets/{v}", version).with(hr()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<td>" + WORKBOOK_PATH + "</td>", "<td>Khung điểm</td>")
                .contains("href=\"/rules/" + version + "/source?ref=decision-tables/xep-loai.drl.xlsx!Khung%20%C4%91i%E1%BB%83m!D11#row-11\">D11</a>")
                .contains("Cột «Điểm từ (≥)»: cần một số (ví dụ 90 hoặc 72.5) ở ô D11; đang có «9O»")
                .contains("Chưa chạy được: bộ quy tắc chưa biên dịch được")
                .contains("98 ca kiểm thử không chạy được vì lỗi trên (")
                .contains("Còn 2 lỗi (kể cả ca kiểm thử sai): sửa rồi tải lên lại.");
        assertThat(page).containsPattern("<button id=\"activate-button\" type=\"submit\" disabled=\"disabled\">Kích hoạt</button>");
    }

    @Test
    void refusesAFileThatIsNotPartOfTheRuleSetInVietnamese() throws Exception {
        mvc.perform(multipart("/rulesets").file(new MockMultipartFile("file", "ghi-chu.txt", "text/plain", "xin chào".getBytes()))
                        .with(expert()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Không tải lên được «ghi-chu.txt»: Tệp «ghi-chu.txt» không phải bảng "
                        + "quyết định (.drl.xlsx), tệp luật (.drl) hay tệp nén (.zip) của bộ quy tắc")));
        mvc.perform(multipart("/rulesets").with(expert()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Chưa chọn tệp: chọn bảng quyết định (.drl.xlsx)")));
    }

    @Test
    void showsTestsAndDiffAndLetsOnlyAnotherHrOfficerActivateThenRollsBack() throws Exception {
        int before = active.get().version();
        int version = upload(expert(), workbook(RuleWorkbooks.raisedExcellence()), "Nâng ngưỡng Xuất sắc thí điểm lên 97");

        String page = mvc.perform(get("/rulesets/{v}", version).with(expert())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Không có lỗi: phiên bản biên dịch được")
                .containsPattern("<span id=\"tests-summary\">(\\d+)/\\1 ca đạt</span>")
                .contains("<tr data-case=\"XL-01\" class=\"pass\">")
                .contains("<td>90,00 điểm HTTNV</td>")
                .contains("data-location=\"decision-tables/xep-loai.drl.xlsx!Khung điểm!D11\"")
                .contains("<td class=\"before\">90</td>", "<td class=\"after\">97</td>")
                .contains("data-location=\"decision-tables/xep-loai.drl.xlsx!Kiểm thử!O2\"")
                .contains("Chỉ cán bộ tổ chức được kích hoạt phiên bản bộ quy tắc.");

        mvc.perform(get("/rulesets/{v}", version).with(hr()))
                .andExpect(content().string(containsString("<button id=\"activate-button\" type=\"submit\">Kích hoạt</button>")));
        mvc.perform(post("/rulesets/{v}/tests", version).with(hr()))
                .andExpect(redirectedUrl("/rulesets/" + version))
                .andExpect(flash().attribute("notice", org.hamcrest.Matchers.matchesPattern(
                        "Đã chạy lại các ca kiểm thử: (\\d+)/\\1 ca đạt\\.")));

        mvc.perform(post("/rulesets/{v}/activate", version).with(hr()))
                .andExpect(redirectedUrl("/rulesets/" + version))
                .andExpect(flash().attribute("notice", "Đã kích hoạt phiên bản " + version
                        + "; từ nay mọi kỳ được đánh giá theo phiên bản này."));
        assertThat(active.get().version()).isEqualTo(version);
        mvc.perform(get("/rulesets").with(hr()))
                .andExpect(content().string(containsString("<tr data-version=\"" + version + "\" class=\"active-version\">")));

        mvc.perform(get("/rulesets/{v}", before).with(hr2()))
                .andExpect(content().string(containsString("<button id=\"activate-button\" type=\"submit\">Quay lại phiên bản này</button>")));
        mvc.perform(post("/rulesets/{v}/activate", before).with(hr2()))
                .andExpect(flash().attribute("notice", "Đã quay lại phiên bản " + before
                        + "; từ nay mọi kỳ được đánh giá theo phiên bản này."));
        assertThat(active.get().version()).isEqualTo(before);
    }

    @Test
    void explainsFourEyesAndShowsTheServiceRefusalWhenTheAuthorActivates() throws Exception {
        int version = upload(hr(), workbook(RuleWorkbooks.raisedExcellence()), null);

        mvc.perform(get("/rulesets/{v}", version).with(hr()))
                .andExpect(content().string(containsString("<p class=\"why\" id=\"activate-why\">Phiên bản do bạn tải lên. "
                        + "Cần một cán bộ tổ chức khác kích hoạt.</p>")));
        mvc.perform(post("/rulesets/{v}/activate", version).with(hr()))
                .andExpect(redirectedUrl("/rulesets/" + version))
                .andExpect(flash().attribute("error", "Phiên bản " + version + " do hr tải lên; cần một cán bộ tổ chức khác kích hoạt."));
        mvc.perform(post("/rulesets/{v}/activate", version).with(expert()))
                .andExpect(redirectedUrl("/rulesets/" + version))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.startsWith(
                        "Chỉ cán bộ tổ chức được kích hoạt phiên bản bộ quy tắc; vai trò của «expert» là «")));
        mvc.perform(post("/rulesets/{v}/activate", version)
                        .with(user(new KpiPrincipal("hr2", "x", Role.HR_OFFICER, null, true))))
                .andExpect(status().isForbidden());
        assertThat(active.get().version()).isNotEqualTo(version);
    }

    @Test
    void needsAnAdministratorsApprovalForAStructuralChange() throws Exception {
        String drl = new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("rules/rating/band.drl")), StandardCharsets.UTF_8);
        int version = upload(expert(), new MockMultipartFile("file", "band.drl", "text/plain",
                (drl + "\n// Ghi chú của tổ chuyên gia\n").getBytes(StandardCharsets.UTF_8)), "Thêm ghi chú");

        mvc.perform(get("/rulesets/{v}", version).with(hr()))
                .andExpect(content().string(containsString("Tệp luật DRL")))
                .andExpect(content().string(containsString("+// Ghi chú của tổ chuyên gia")))
                .andExpect(content().string(containsString("Chỉ quản trị viên được phê duyệt thay đổi cấu trúc")))
                .andExpect(content().string(containsString("Có thay đổi cấu trúc: cần quản trị viên phê duyệt trước khi kích hoạt.")))
                // Its code has not run: no test cases, no button to run them, the notice instead (issue 13).
                .andExpect(content().string(containsString("Thay đổi mã quy tắc: cần quản trị viên phê duyệt trước khi chạy thử.")))
                .andExpect(content().string(not(containsString("id=\"run-tests\""))))
                .andExpect(content().string(not(containsString("id=\"tests-summary\""))));
        mvc.perform(post("/rulesets/{v}/tests", version).with(hr()))
                .andExpect(flash().attribute("error", "Phiên bản " + version + " chưa chạy được. Thay đổi mã quy tắc: cần quản trị "
                        + "viên phê duyệt trước khi chạy thử."));
        mvc.perform(post("/rulesets/{v}/activate", version).with(hr()))
                .andExpect(flash().attribute("error", "Phiên bản " + version + " có thay đổi cấu trúc (dòng mã, trang tính hoặc "
                        + "tệp DRL); cần quản trị viên phê duyệt thay đổi cấu trúc trước khi kích hoạt."));
        mvc.perform(post("/rulesets/{v}/approve", version).with(admin()))
                .andExpect(flash().attribute("notice", "Đã phê duyệt thay đổi cấu trúc của phiên bản " + version + "."));
        mvc.perform(get("/rulesets/{v}", version).with(hr()))
                .andExpect(content().string(containsString("Đã được admin phê duyệt.")))
                .andExpect(content().string(not(containsString("Có thay đổi cấu trúc: cần quản trị viên"))))
                .andExpect(content().string(not(containsString("cần quản trị viên phê duyệt trước khi chạy thử"))))
                .andExpect(content().string(matchesPattern("(?s).*<span id=\"tests-summary\">(\\d+)/\\1 ca đạt</span>.*")));
    }

    @Test
    void worksOnADraftInStepsFromItsPage() throws Exception {
        int inForce = active.get().version();
        int first = upload(expert(), workbook(RuleWorkbooks.broken()), "Sửa ngưỡng");
        String firstPage = mvc.perform(get("/rulesets/{v}", first).with(expert())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(firstPage).contains("<form id=\"step-form\"", "<input type=\"hidden\" name=\"basedOn\" value=\"" + first + "\">");

        var step = multipart("/rulesets").file(workbook(RuleWorkbooks.raisedExcellence())).param("basedOn", String.valueOf(first))
                .param("comment", "Sửa lại ô sai").with(expert());
        String location = mvc.perform(step).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", org.hamcrest.Matchers.startsWith("Đã tải lên phiên bản " + (first + 1)
                        + " (bản nháp, bước tiếp theo của phiên bản " + first + ")")))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).isEqualTo("/rulesets/" + (first + 1));

        String page = mvc.perform(get(location).with(expert())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String history = page.substring(page.indexOf("id=\"history-table\""), page.indexOf("</table>", page.indexOf("id=\"history-table\"")));
        assertThat(history).contains(">" + inForce + "</a>", ">" + first + "</a>", ">" + (first + 1) + "</a>", "Sửa ngưỡng",
                "Sửa lại ô sai", "<td>Đang áp dụng</td>", "<td>Bản nháp</td>", WORKBOOK_PATH);
    }

    @Test
    void updatesTheExpectationsADeliberateChangeBreaksFromTheDraftPage() throws Exception {
        int inForce = active.get().version();
        byte[] raised = RuleWorkbooks.with(RuleWorkbooks.shipped(), RuleWorkbooks.BANDS, java.util.Map.of("D20", 75, "E21", 75));
        int draft = upload(expert(), workbook(raised), "Nâng khung «Tốt» lên 75 điểm");
        String page = mvc.perform(get("/rulesets/{v}", draft).with(hr())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<h2>Ca kiểm thử sai theo nguyên nhân</h2>",
                "<h3>Do các ô đã đổi so với phiên bản " + inForce + " (decision-tables/xep-loai.drl.xlsx!Khung điểm!D20, "
                        + "decision-tables/xep-loai.drl.xlsx!Khung điểm!E21); không tách được ô nào gây ra nên các ca được xếp "
                        + "chung dưới tất cả các ô này</h3>",
                "<tr data-case=\"decision-tables/cham-diem.drl.xlsx!Kiểm thử!A4\">",
                "<td class=\"expected\">70,00 điểm HTTNV</td>", "<td class=\"actual\">70,00 điểm HTNV</td>",
                ">Cập nhật kết quả mong đợi cho cả 30 ca của nhóm</button>");

        mvc.perform(post("/rulesets/{v}/expectations", draft).param("group", "changes").with(hr()))
                .andExpect(redirectedUrl("/rulesets/" + draft))
                .andExpect(flash().attribute("error", "Cần ghi lý do cập nhật kết quả mong đợi (người kích hoạt sẽ đọc)"));
        mvc.perform(post("/rulesets/{v}/expectations", draft).param("location", "decision-tables/cham-diem.drl.xlsx!Kiểm thử!A4")
                        .param("comment", "Khung «Tốt» nay từ 75 điểm").with(hr()))
                .andExpect(redirectedUrl("/rulesets/" + (draft + 1)))
                .andExpect(flash().attribute("notice", "Đã cập nhật kết quả mong đợi: phiên bản " + (draft + 1)
                        + " (bản nháp, bước tiếp theo của phiên bản " + draft + "), còn 29 lỗi."));
        mvc.perform(post("/rulesets/{v}/expectations", draft + 1).param("group", "changes")
                        .param("comment", "Các ca còn lại theo khung mới").with(hr()))
                .andExpect(redirectedUrl("/rulesets/" + (draft + 2)))
                .andExpect(flash().attribute("notice", "Đã cập nhật kết quả mong đợi: phiên bản " + (draft + 2)
                        + " (bản nháp, bước tiếp theo của phiên bản " + (draft + 1) + "), không còn lỗi."));

        String last = mvc.perform(get("/rulesets/{v}", draft + 2).with(hr2())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(last).doesNotContain("Ca kiểm thử sai theo nguyên nhân").contains("<h2>Kết quả mong đợi đã đổi</h2>",
                "<td>" + (draft + 1) + "</td><td>CD-03</td><td>decision-tables/cham-diem.drl.xlsx!Kiểm thử!V4</td>",
                "<td>HTTNV</td><td>HTNV</td><td>hr</td>", "<td>Khung «Tốt» nay từ 75 điểm</td>",
                "<td>Các ca còn lại theo khung mới</td>");
        assertThat(last.split("<td>Các ca còn lại theo khung mới</td>", -1)).as("29 cells of the group, and the step in the history")
                .hasSize(31);
        assertThat(last).doesNotContain("id=\"activate-why\"");
    }

    @Test
    void answersAnUnknownVersionWith404() throws Exception {
        mvc.perform(get("/rulesets/9999").with(hr())).andExpect(status().isNotFound());
    }

    private int upload(RequestPostProcessor who, MockMultipartFile file, String comment) throws Exception {
        var request = multipart("/rulesets").file(file).with(who);
        if (comment != null) {
            request.param("comment", comment);
        }
        String location = mvc.perform(request).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/rulesets/\\d+");
        return Integer.parseInt(location.substring("/rulesets/".length()));
    }

    private static MockMultipartFile workbook(byte[] bytes) {
        return new MockMultipartFile("file", RuleWorkbooks.WORKBOOK,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes);
    }
}
