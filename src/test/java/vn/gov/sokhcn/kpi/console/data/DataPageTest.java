package vn.gov.sokhcn.kpi.console.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.gov.sokhcn.kpi.audit.Users.expert;
import static vn.gov.sokhcn.kpi.audit.Users.hr;
import static vn.gov.sokhcn.kpi.audit.Users.staff;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.gov.sokhcn.kpi.console.ConsolePagesContext;
import vn.gov.sokhcn.kpi.security.KpiPrincipal;
import vn.gov.sokhcn.kpi.security.Role;

/** /data: a period's template, an import with its row errors or its summary, and an official run again. */
@ConsolePagesContext
class DataPageTest {
    static final String PERIOD = "2026-11";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void offersThePeriodsAndTheTemplateDownloads() throws Exception {
        String page = mvc.perform(get("/data").param("period", PERIOD).with(hr()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<h1>Dữ liệu kỳ đánh giá</h1>")
                .contains("<option value=\"2026-11\" selected=\"selected\">Tháng 11/2026 (2026-11)</option>")
                .contains("<option value=\"2026-Q3\">Quý 3/2026 (2026-Q3)</option>")
                .contains("<option value=\"2023-05\">Tháng 05/2023 (2023-05)</option>")
                .contains("href=\"/api/periods/2026-11/import-template?format=xlsx\"")
                .contains("href=\"/api/periods/2026-11/import-template?format=csv\"")
                .containsPattern("Lượt đánh giá chính thức gần nhất: lượt <strong>\\d+</strong>,\\s+<span>60</span> cán bộ");
        mvc.perform(get("/api/periods/{p}/import-template", PERIOD).param("format", "xlsx").with(hr()))
                .andExpect(status().isOk());
        mvc.perform(get("/data").param("period", "2099-01").with(hr()))
                .andExpect(content().string(containsString("Không có kỳ «2099-01»; đang hiện kỳ gần nhất.")));
    }

    @Test
    void isOnlyForHrOfficersAndAdministrators() throws Exception {
        mvc.perform(get("/data").with(staff())).andExpect(status().isForbidden());
        mvc.perform(get("/data").with(expert())).andExpect(status().isForbidden());
        mvc.perform(get("/data").with(user(new KpiPrincipal("head", "x", Role.UNIT_HEAD, "CB17", true))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/data/runs").param("period", PERIOD).with(expert())).andExpect(status().isForbidden());
    }

    @Test
    void listsEveryBadCellOfARefusedImportAndWritesNothing() throws Exception {
        byte[] template = template();
        long measurements = measurements();
        MockMultipartFile bad = xlsx(edited(template, "chín mươi"));

        String page = mvc.perform(multipart("/data/import").file(bad).param("period", PERIOD).with(hr()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Tệp «mau-nhap.xlsx» có 2 lỗi; không dữ liệu nào được ghi. Sửa các ô dưới đây rồi tải lên lại.")
                .contains("<table id=\"import-errors\" class=\"data\">")
                .containsPattern("<td>2</td>\\s*<td>N</td>\\s*<td>Thực hiện</td>\\s*<td>«chín mươi» không phải là số</td>");
        assertThat(measurements()).isEqualTo(measurements);

        mvc.perform(multipart("/data/import").file(xlsx(edited(template, null))).param("period", PERIOD).with(hr()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<div id=\"import-result\" class=\"ok\">")))
                .andExpect(content().string(matchesPattern("(?s).*Số liệu thực hiện: thêm <span>0</span>, cập nhật\\s+<span>1</span>.*")));
    }

    @Test
    void refusesAnImportWithoutFileOrCsrfToken() throws Exception {
        mvc.perform(multipart("/data/import").param("period", PERIOD).with(hr()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Chưa chọn tệp: chọn tệp mẫu nhập đã điền (.xlsx hoặc .csv).")));
        mvc.perform(multipart("/data/import").file(xlsx(template())).param("period", PERIOD)
                        .with(user(new KpiPrincipal("hr", "x", Role.HR_OFFICER, null, true))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/data/runs").param("period", PERIOD)
                        .with(user(new KpiPrincipal("hr", "x", Role.HR_OFFICER, null, true))))
                .andExpect(status().isForbidden());
    }

    @Test
    void evaluatesThePeriodAgainAsANewOfficialRun() throws Exception {
        long runs = runs();
        mvc.perform(post("/data/runs").param("period", PERIOD).with(hr()).with(csrf()))
                .andExpect(redirectedUrl("/data?period=" + PERIOD))
                .andExpect(flash().attribute("notice", matchesPattern(
                        "Đã đánh giá lại kỳ 2026-11 \\(lượt \\d+, 60 cán bộ, bộ quy tắc phiên bản \\d+\\)\\.")));
        assertThat(runs()).isEqualTo(runs + 1);
        mvc.perform(post("/data/runs").param("period", "2099-01").with(hr()))
                .andExpect(flash().attribute("error", "Không đánh giá được kỳ 2099-01: Không tìm thấy kỳ đánh giá «2099-01»"));
    }

    @Test
    void followsARunOfThePeriodRunningOnAnotherInstanceAndRefusesASecondOne() throws Exception {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO evaluation_runs (period_id, state, started_by, started_at, instance_id, heartbeat_at,
                                             people_total, people_done, progress_percent)
                VALUES ((SELECT id FROM periods WHERE code = :p), 'RUNNING', 'hr2', :at, 'may-b:4242:0badbeef', CURRENT_TIMESTAMP,
                        60, 30, 74)
                """).param("p", PERIOD).param("at", OffsetDateTime.parse("2026-12-01T02:30:00Z")).update(key, "id");
        long running = key.getKeyAs(Number.class).longValue();
        try {
            String page = mvc.perform(get("/data").param("period", PERIOD).with(hr()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(page.replaceAll("\\s+", " ")).contains("<p id=\"run-progress\" class=\"notice\" role=\"status\" data-period=\"2026-11\">"
                            + " Lượt <span>" + running + "</span> đang chạy (do <span>hr2</span>): <span>74</span>%, <span>30</span>/<span>60</span>"
                            + " cán bộ đã có kết quả.</p>")
                    .contains("<script src=\"/js/run-progress.js\"></script>");

            mvc.perform(post("/data/runs").param("period", PERIOD).with(hr()).with(csrf()))
                    .andExpect(flash().attribute("error", "Không đánh giá được kỳ 2026-11: Kỳ «2026-11» đang được đánh giá: lượt "
                            + running + " do hr2 bắt đầu lúc 09:30:00 01/12/2026 trên máy «may-b» (tiến trình 4242) chưa xong."
                            + " Chờ lượt đó xong rồi chạy lại."));
        } finally {
            jdbc.sql("UPDATE evaluation_runs SET state = 'FAILED', finished_at = CURRENT_TIMESTAMP WHERE id = ?").param(running).update();
        }
        String page = mvc.perform(get("/data").param("period", PERIOD).with(hr()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<p id=\"run-progress\" class=\"notice\" role=\"status\" data-period=\"2026-11\" hidden=\"hidden\">");
    }

    private long runs() {
        return jdbc.sql("SELECT COUNT(*) FROM evaluation_runs").query(Long.class).single();
    }

    private long measurements() {
        return jdbc.sql("SELECT COUNT(*) + COALESCE(SUM(actual_value), 0) FROM measurements").query(java.math.BigDecimal.class).single().longValue();
    }

    private byte[] template() throws Exception {
        return mvc.perform(get("/api/periods/{p}/import-template", PERIOD).param("format", "xlsx").with(hr()))
                .andReturn().getResponse().getContentAsByteArray();
    }

    /** The template with the first measured «Thực hiện» set to {@code text}, or raised by one when null. */
    private static byte[] edited(byte[] template, String text) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = wb.getSheetAt(0);
            int column = -1;
            for (Cell header : sheet.getRow(0)) {
                if ("Thực hiện".equals(header.getStringCellValue().strip())) {
                    column = header.getColumnIndex();
                }
            }
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Cell actual = row == null ? null : row.getCell(column);
                if (actual != null && actual.getCellType() == CellType.NUMERIC && actual.getNumericCellValue() > 1) {
                    if (text == null) {
                        actual.setCellValue(actual.getNumericCellValue() + 1);
                    } else {
                        actual.setCellValue(text);
                    }
                    break;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static MockMultipartFile xlsx(byte[] bytes) {
        return new MockMultipartFile("file", "mau-nhap.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes);
    }
}
