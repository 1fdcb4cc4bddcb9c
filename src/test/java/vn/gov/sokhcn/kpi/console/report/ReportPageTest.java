package vn.gov.sokhcn.kpi.console.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.sokhcn.kpi.report.ReportData;
import vn.gov.sokhcn.kpi.security.KpiPrincipal;
import vn.gov.sokhcn.kpi.security.Role;

/**
 * The console page «Báo cáo tổng kết» over the data of {@link ReportData} (the context and database of
 * the report API tests): the form, the sections and chart of a range, the same workbook as the API, the
 * empty state of a range without runs, and who may open it.
 */
@SpringBootTest(properties = "kpi.test.database=summary-report")
@AutoConfigureMockMvc
class ReportPageTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void data() throws Exception {
        new ReportData(jdbc).ensure(mvc);
        if (jdbc.sql("SELECT COUNT(*) FROM periods WHERE code = '2032-01'").query(Long.class).single() == 0) {
            jdbc.sql("INSERT INTO periods (code, kind, start_date, end_date) VALUES ('2032-01', 'MONTH', DATE '2032-01-01', DATE '2032-01-31')")
                    .update();
        }
    }

    static RequestPostProcessor as(Role role, String employee) {
        return user(new KpiPrincipal(role.name().toLowerCase() + "-trang", "x", role, employee, true));
    }

    MockHttpServletResponse send(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        return mvc.perform(request.with(who)).andReturn().getResponse();
    }

    String page(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        MockHttpServletResponse r = send(request, who);
        assertThat(r.getStatus()).isEqualTo(200);
        return r.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void shouldOfferTheFormWithThePeriodsAndUnits() throws Exception {
        String html = page(get("/reports"), as(Role.HR_OFFICER, null));

        assertThat(html).contains("<form id=\"report-form\" method=\"get\" action=\"/reports\"", "<select id=\"from\" name=\"from\">",
                "<select id=\"to\" name=\"to\">", "<select id=\"unit\" name=\"unit\">",
                "<option value=\"2031-01\">Tháng 01/2031</option>", "<option value=\"2031\">Năm 2031</option>",
                "<option value=\"\" selected=\"selected\">Toàn Sở</option>", "<option value=\"RB\">Phòng Kế hoạch thử (RB)</option>",
                "Báo cáo tổng kết", "class=\"active\">Báo cáo</a>");
    }

    @Test
    void shouldOpenOnTheLatestMonthThatWasRun() throws Exception {
        String html = page(get("/reports"), as(Role.HR_OFFICER, null));

        assertThat(html).contains("<option value=\"2031-12\" selected=\"selected\">Tháng 12/2031</option>",
                "href=\"/reports/summary.xlsx?from=2031-12&amp;to=2031-12\"", "id=\"rating-distribution\"");
    }

    @Test
    void shouldShowTheSectionsTheChartAndTheDownloadOfARange() throws Exception {
        String html = page(get("/reports").param("from", "2031-01").param("to", "2031").param("unit", ""), as(Role.EXPERT, null));
        JsonNode report = JSON.readTree(send(get("/api/reports/summary").param("from", "2031-01").param("to", "2031"),
                httpBasic("hr", "demo")).getContentAsString(StandardCharsets.UTF_8));

        assertThat(html).contains("<a id=\"report-download\" class=\"button\" href=\"/reports/summary.xlsx?from=2031-01&amp;to=2031\">"
                + "Tải báo cáo (.xlsx)</a>", "<div class=\"chart\" data-chart=\"rating-chart\"></div>",
                "Phân bố xếp loại", "Mức đạt KPI theo bản đồ chiến lược", "Thay đổi quy tắc", "Thử nghiệm", "Thưởng", "Nhân sự", "Đào tạo",
                "Phòng Tài chính thử (RD)", "Sở thử báo cáo");
        assertThat(html).doesNotContain("id=\"report-empty\"");
        Matcher chart = Pattern.compile("<script type=\"application/json\" id=\"rating-chart\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertThat(chart.find()).isTrue();
        JsonNode option = JSON.readTree(chart.group(1));
        List<String> periods = new ArrayList<>();
        report.at("/range/periods").forEach(p -> periods.add(p.get("code").asString()));
        assertThat(option.at("/xAxis/data")).isEqualTo(JSON.valueToTree(periods));
        String[] ratings = {"HTXSNV", "HTTNV", "HTNV", "KHTNV", "NOT_RATED"};
        assertThat(option.get("series").size()).isEqualTo(5);
        assertThat(option.at("/series/0/name").asString()).isEqualTo("Hoàn thành xuất sắc nhiệm vụ");
        assertThat(option.at("/series/0/stack").asString()).isEqualTo("ratings");
        for (int s = 0; s < ratings.length; s++) {
            for (int p = 0; p < periods.size(); p++) {
                long sum = 0;
                for (JsonNode row : report.get("ratingDistribution")) {
                    if (row.get("period").asString().equals(periods.get(p))) {
                        sum += row.at("/ratings/" + ratings[s]).asLong();
                    }
                }
                assertThat(option.at("/series/" + s + "/data/" + p).asLong()).as(ratings[s] + " " + periods.get(p)).isEqualTo(sum);
            }
        }
    }

    @Test
    void shouldDownloadTheSameWorkbookAsTheApi() throws Exception {
        MockHttpServletResponse page = send(get("/reports/summary.xlsx").param("from", "2031-01").param("to", "2031")
                .param("unit", "RB"), as(Role.HR_OFFICER, null));
        MockHttpServletResponse api = send(get("/api/reports/summary").param("from", "2031-01").param("to", "2031")
                .param("unit", "RB").header("Accept", XLSX), httpBasic("hr", "demo"));

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentType()).isEqualTo(XLSX);
        assertThat(page.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"bao-cao-tong-ket-2031-01-2031.xlsx\"");
        assertThat(cells(page.getContentAsByteArray())).isEqualTo(cells(api.getContentAsByteArray())).isNotEmpty();
    }

    @Test
    void shouldSayInVietnameseWhenTheRangeHasNoRuns() throws Exception {
        String html = page(get("/reports").param("from", "2032-01").param("to", "2032-01"), as(Role.HR_OFFICER, null));

        assertThat(html).contains("id=\"report-empty\"", "Không có kết quả đánh giá chính thức nào trong khoảng kỳ đã chọn",
                "id=\"report-download\"");
        assertThat(html).doesNotContain("data-chart=\"rating-chart\"");
    }

    @Test
    void shouldShowTheProblemOfAReversedRange() throws Exception {
        String html = page(get("/reports").param("from", "2031-05").param("to", "2031-03"), as(Role.HR_OFFICER, null));

        assertThat(html).contains("Kỳ bắt đầu «2031-05» (từ 2031-05-01) nằm sau kỳ kết thúc «2031-03» (đến 2031-03-31)");
        assertThat(html).doesNotContain("report-download");
    }

    @Test
    void shouldLetAUnitHeadReportOnlyOnTheirUnitAndStaffNotAtAll() throws Exception {
        String html = page(get("/reports").param("from", "2031-01").param("to", "2031-01"), as(Role.UNIT_HEAD, "R02"));

        assertThat(html).contains("<option value=\"RB\" selected=\"selected\">Phòng Kế hoạch thử (RB)</option>",
                "<option value=\"RC\">Tổ Thẩm định thử (RC)</option>", "Tổ Thẩm định thử (RC)");
        assertThat(html).doesNotContain("Toàn Sở</option>", "(RD)");
        assertThat(send(get("/reports").param("from", "2031-01").param("to", "2031-01").param("unit", "RD"),
                as(Role.UNIT_HEAD, "R02")).getStatus()).isEqualTo(403);
        assertThat(send(get("/reports/summary.xlsx").param("from", "2031-01").param("to", "2031-01").param("unit", "RD"),
                as(Role.UNIT_HEAD, "R02")).getStatus()).isEqualTo(403);
        assertThat(send(get("/reports"), as(Role.EMPLOYEE, "R01")).getStatus()).isEqualTo(403);
        assertThat(send(get("/reports/summary.xlsx").param("from", "2031-01").param("to", "2031-01"), as(Role.EMPLOYEE, "R01"))
                .getStatus()).isEqualTo(403);
    }

    /** Every sheet's cells as text, sheet by sheet, row by row. */
    static List<String> cells(byte[] workbook) throws Exception {
        List<String> cells = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            for (Sheet sheet : book) {
                cells.add("# " + sheet.getSheetName());
                sheet.forEach(row -> row.forEach(c -> cells.add(c.getAddress() + "=" + format.formatCellValue(c))));
            }
        }
        return cells;
    }
}
