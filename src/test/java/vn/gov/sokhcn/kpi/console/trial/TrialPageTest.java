package vn.gov.sokhcn.kpi.console.trial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.sokhcn.kpi.security.KpiPrincipal;
import vn.gov.sokhcn.kpi.security.Role;
import vn.gov.sokhcn.kpi.trial.TrialData;

/**
 * The console's trial pages, in a database of their own (so the first test sees no trial yet): the list with
 * its empty state and form, errors shown on the form, a trial run from the form and its page.
 */
@SpringBootTest(properties = "kpi.test.database=trial-pages")
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TrialPageTest {
    static final RequestPostProcessor EXPERT = as(Role.EXPERT);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    static RequestPostProcessor as(Role role) {
        return user(new KpiPrincipal(role.name().toLowerCase(), "x", role, role == Role.EXPERT ? null : "A05", true));
    }

    @BeforeEach
    void data() {
        new TrialData(jdbc).ensure();
    }

    /** The candidate of the trial tests: Decree 48's HTXSNV band from 95 (D15, and E16 so that the bands meet). */
    int candidate() throws Exception {
        int found = jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM rule_set_versions WHERE comment = 'ngưỡng HTXSNV 95'")
                .query(Integer.class).single();
        if (found > 0) {
            return found;
        }
        byte[] workbook;
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(Files.readAllBytes(Path.of("decision-tables", "xep-loai.drl.xlsx"))))) {
            Sheet bands = wb.getSheet("Khung điểm");
            bands.getRow(14).getCell(3).setCellValue(95.0);
            bands.getRow(15).getCell(4).setCellValue(95.0);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            workbook = out.toByteArray();
        }
        String body = mvc.perform(multipart("/api/rulesets").file(new MockMultipartFile("file", "xep-loai.drl.xlsx",
                        "application/octet-stream", workbook)).param("comment", "ngưỡng HTXSNV 95").with(EXPERT).with(csrf()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JsonMapper.builder().build().readTree(body).at("/version").asInt();
    }

    MockHttpServletResponse page(String path, RequestPostProcessor as) throws Exception {
        return mvc.perform(get(path).with(as)).andReturn().getResponse();
    }

    @Test
    @Order(1)
    void shouldShowTheFormAndSayThereIsNoTrialYet() throws Exception {
        int version = candidate();
        MockHttpServletResponse r = page("/trials", EXPERT);
        assertThat(r.getStatus()).isEqualTo(200);
        String html = r.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Thử nghiệm bộ quy tắc", "Chưa có lượt thử nghiệm nào.", "id=\"trial-form\"",
                "<select id=\"trial-candidate\" name=\"candidate\">", "value=\"" + version + "\"",
                "name=\"periods\"", "id=\"period-2025-05\"", "value=\"2025-05\"", "2025-Q2 (quý)", "id=\"trial-submit\"",
                "Chạy thử nghiệm", "name=\"_csrf\"");
        assertThat(html).doesNotContain("id=\"trial-list\"");
    }

    @Test
    @Order(2)
    void shouldShowTheErrorsOnTheForm() throws Exception {
        int version = candidate();
        MockHttpServletResponse none = mvc.perform(post("/trials").param("candidate", String.valueOf(version)).with(EXPERT).with(csrf()))
                .andReturn().getResponse();
        assertThat(none.getStatus()).isEqualTo(400);
        assertThat(none.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"trial-errors\"",
                "Kỳ đánh giá: Cần ít nhất một kỳ đánh giá để thử nghiệm", "id=\"trial-form\"");

        MockHttpServletResponse quarter = mvc.perform(post("/trials").param("candidate", String.valueOf(version))
                .param("periods", "2025-Q2").with(EXPERT).with(csrf())).andReturn().getResponse();
        assertThat(quarter.getStatus()).isEqualTo(400);
        String html = quarter.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Kỳ đánh giá: Chưa tổng hợp được kỳ 2025-Q2 từ các tháng");
        assertThat(html).containsPattern("id=\"period-2025-Q2\"[^>]*checked");

        MockHttpServletResponse active = mvc.perform(post("/trials").param("candidate", "1").param("periods", "2025-05")
                .with(EXPERT).with(csrf())).andReturn().getResponse();
        assertThat(active.getContentAsString(StandardCharsets.UTF_8)).contains("Phiên bản thử nghiệm: Phiên bản 1 đang ở trạng thái ACTIVE");

        assertThat(mvc.perform(post("/trials").param("candidate", String.valueOf(version)).param("periods", "2025-05").with(EXPERT))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trials").query(Long.class).single()).isZero();
    }

    @Test
    @Order(3)
    void shouldRunATrialFromTheFormAndShowIt() throws Exception {
        int version = candidate();
        MockHttpServletResponse posted = mvc.perform(post("/trials").param("candidate", String.valueOf(version))
                .param("periods", "2025-05").with(EXPERT).with(csrf())).andReturn().getResponse();
        assertThat(posted.getStatus()).isEqualTo(302);
        String location = posted.getRedirectedUrl();
        assertThat(location).matches("/trials/\\d+");
        long id = Long.parseLong(location.substring("/trials/".length()));

        MockHttpServletResponse shown = page(location, EXPERT);
        assertThat(shown.getStatus()).isEqualTo(200);
        String html = shown.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Lượt thử nghiệm #" + id, "id=\"trial-moved-down\"", "data-id=\"A02\"", "data-id=\"A03\"",
                "Không ai được xếp loại cao hơn.", "data-chart=\"trial-units-data\"", "id=\"trial-units-data\"",
                "data-chart=\"trial-moves-data\"", "href=\"/api/trials/" + id + ".xlsx\"", "Hạn mức HTXSNV", "Quỹ thưởng",
                "thay cho xếp loại năm", "Cán bộ thay đổi điểm hoặc xếp loại", "Xếp loại thấp hơn",
                "Kỳ 2025-05: phiên bản đang áp dụng 1, phiên bản thử nghiệm " + version + ". Dữ liệu đã lưu của tháng 2025-05");
        String movedDown = html.substring(html.indexOf("id=\"trial-moved-down\""), html.indexOf("</ul>", html.indexOf("id=\"trial-moved-down\"")));
        assertThat(movedDown.split("<li", -1)).hasSize(3);
        assertThat(html).contains("<td>B02, B03</td>");

        String list = page("/trials", EXPERT).getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("id=\"trial-list\"", "href=\"/trials/" + id + "\"").doesNotContain("Chưa có lượt thử nghiệm nào.");
    }

    @Test
    @Order(4)
    void shouldRefuseUnitHeadsAndStaff() throws Exception {
        for (Role role : new Role[] {Role.UNIT_HEAD, Role.EMPLOYEE}) {
            assertThat(page("/trials", as(role)).getStatus()).isEqualTo(403);
            assertThat(page("/trials/1", as(role)).getStatus()).isEqualTo(403);
        }
    }
}
