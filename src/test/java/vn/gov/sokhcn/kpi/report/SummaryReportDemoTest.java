package vn.gov.sokhcn.kpi.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The summary report over the demo Department as the first start runs it (the context of the demo
 * startup tests): each period's people per rating add up to the run's own distribution (GET /api/runs/{id}),
 * the YEAR 2026 without a run says so in the bonus section, the workbook is written, and the demo unit
 * head «head» (CB17 of QLKH) gets QLKH by default.
 */
@SpringBootTest(properties = {"kpi.demo-data.enabled=true", "kpi.demo-data.run-periods=true"})
@AutoConfigureMockMvc
class SummaryReportDemoTest {
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    JsonNode json(MockHttpServletResponse r) throws Exception {
        assertThat(r.getStatus()).as(r.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
        return JSON.readTree(r.getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void shouldAddUpToEachDemoRunsDistributionAndWriteTheWorkbook() throws Exception {
        JsonNode report = json(mvc.perform(get("/api/reports/summary").param("from", "2026-01").param("to", "2026")
                .with(httpBasic("expert", "demo"))).andReturn().getResponse());

        assertThat(report.at("/range/periods").size()).isEqualTo(15);
        int withRuns = 0;
        for (JsonNode p : report.at("/range/periods")) {
            if (p.get("run").isNull()) {
                continue;
            }
            withRuns++;
            JsonNode run = json(mvc.perform(get("/api/runs/{id}", p.get("run").asLong()).with(httpBasic("hr", "demo")))
                    .andReturn().getResponse());
            Map<String, Long> summed = new LinkedHashMap<>();
            run.get("ratings").properties().forEach(e -> summed.put(e.getKey(), 0L));
            for (JsonNode row : report.get("ratingDistribution")) {
                if (row.get("period").asString().equals(p.get("code").asString())) {
                    row.get("ratings").properties().forEach(e -> summed.merge(e.getKey(), e.getValue().asLong(), Long::sum));
                }
            }
            Map<String, Long> expected = new LinkedHashMap<>();
            run.get("ratings").properties().forEach(e -> expected.put(e.getKey(), e.getValue().asLong()));
            assertThat(summed).as(p.get("code").asString()).isEqualTo(expected);
        }
        assertThat(withRuns).isEqualTo(14);
        assertThat(report.at("/bonus/0/note").asString()).isEqualTo("Chưa có lượt đánh giá chính thức đã hoàn tất của kỳ năm «2026» nên chưa tính được thưởng.");
        assertThat(report.at("/kpiAttainment/0/perspectives").size()).isGreaterThan(0);

        MockHttpServletResponse xlsx = mvc.perform(get("/api/reports/summary").param("from", "2026-01").param("to", "2026")
                .header("Accept", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .with(httpBasic("expert", "demo"))).andReturn().getResponse();
        assertThat(xlsx.getStatus()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            assertThat(book.getSheet("Phân bố xếp loại").getLastRowNum()).isEqualTo(report.get("ratingDistribution").size());
        }
    }

    @Test
    void shouldGiveTheDemoUnitHeadTheirOwnUnit() throws Exception {
        JsonNode report = json(mvc.perform(get("/api/reports/summary").param("from", "2026-01").param("to", "2026-03")
                .with(httpBasic("head", "demo"))).andReturn().getResponse());

        assertThat(report.at("/range/unit").asString()).isEqualTo("QLKH");
        assertThat(report.get("ratingDistribution").size()).isGreaterThan(0);
        report.get("ratingDistribution").forEach(row -> assertThat(row.get("unit").asString()).isEqualTo("QLKH"));
    }
}
