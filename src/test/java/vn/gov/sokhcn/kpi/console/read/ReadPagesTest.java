package vn.gov.sokhcn.kpi.console.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.sokhcn.kpi.appraisal.publication.PublishedRows;

/**
 * The read pages of the console on the demo Department with its periods run (the shared demo context;
 * these tests only read, except the appraisal rows that publish a period to staff, in transactions
 * rolled back): each page's status, Vietnamese content, figures equal to the stored run results, scoping
 * (staff CB19 of QLKH, head CB17 of QLKH, staff only once the period is published) and empty states.
 */
@SpringBootTest(properties = {"kpi.demo-data.enabled=true", "kpi.demo-data.run-periods=true"})
@AutoConfigureMockMvc
class ReadPagesTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String LATEST_RUN = "r.id IN (SELECT run_id FROM latest_completed_runs)";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    /** Publishes 2023-06 to CB19 with the decided rating {@code rating} (in the test's transaction, rolled back). */
    void publishToStaff(String rating) {
        new PublishedRows(jdbc).published("2023-06", "CB19", rating, rating.equals(ratings("2023-06").get("CB19")) ? null : "Quyết định khác đề xuất");
    }

    String page(String user, String path, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(httpBasic(user, "demo")).accept(MediaType.TEXT_HTML))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(status);
        response.setCharacterEncoding("UTF-8");
        return response.getContentAsString();
    }

    /** The latest period with a completed run (the pages' default). */
    String latestPeriod() {
        return jdbc.sql("SELECT p.code FROM periods p JOIN evaluation_runs r ON r.period_id = p.id WHERE r.state = 'COMPLETED'"
                + " ORDER BY p.end_date DESC, p.start_date DESC FETCH FIRST 1 ROWS ONLY").query(String.class).single();
    }

    /** People's ratings in the latest completed run of a period, by code. */
    Map<String, String> ratings(String period) {
        Map<String, String> out = new TreeMap<>();
        jdbc.sql("SELECT rr.subject_code, rr.rating FROM run_results rr JOIN evaluation_runs r ON r.id = rr.run_id"
                        + " JOIN periods p ON p.id = r.period_id WHERE p.code = ? AND rr.employee_id IS NOT NULL AND " + LATEST_RUN)
                .param(period).query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    static List<String> all(String html, String regex) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(html);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    static String one(String html, String regex) {
        List<String> found = all(html, regex);
        assertThat(found).as(regex).hasSize(1);
        return found.get(0);
    }

    @Test
    void theDashboardShowsTheLatestPeriodsFiguresAsStored() throws Exception {
        String period = latestPeriod();
        Map<String, String> ratings = ratings(period);
        String html = page("hr", "/", 200);
        assertThat(html).contains("<h1>Tổng quan kết quả đánh giá</h1>", "id=\"chart-rating-distribution\"",
                "Mức đạt KPI theo khía cạnh", "Xu hướng qua các tháng năm " + period.substring(0, 4), "id=\"chart-trend\"");
        assertThat(one(html, "<option value=\"([^\"]+)\" selected=\"selected\"")).isEqualTo(period);
        assertThat(one(html, "id=\"figure-evaluated\">(\\d+)<")).isEqualTo(String.valueOf(ratings.size()));
        long rated = ratings.values().stream().filter(r -> !r.equals("NOT_RATED")).count();
        long excellent = ratings.values().stream().filter(r -> r.equals("HTXSNV")).count();
        assertThat(one(html, "id=\"figure-rated\">(\\d+)<")).isEqualTo(String.valueOf(rated));
        assertThat(one(html, "id=\"figure-excellent\">([^<]+)<"))
                .isEqualTo(java.math.BigDecimal.valueOf(excellent * 100.0 / rated).setScale(1, java.math.RoundingMode.HALF_UP) + "%");
        // The chart's stacked bars add up to everyone evaluated, rating by rating.
        JsonNode chart = JSON.readTree(one(html, "id=\"data-rating-distribution\">(.*?)</script>"));
        for (JsonNode series : chart.path("series")) {
            long sum = 0;
            for (JsonNode n : series.path("data")) {
                sum += n.asLong();
            }
            String name = series.path("name").asString();
            String rating = name.equals("Chưa xếp loại") ? "NOT_RATED" : name;
            assertThat(sum).as(rating).isEqualTo(ratings.values().stream().filter(rating::equals).count());
        }
        // The months of the chosen period's year and regime, in order, on the trend chart: not the pilot's.
        JsonNode trend = JSON.readTree(one(html, "id=\"data-trend\">(.*?)</script>"));
        assertThat(trend.path("xAxis").path("data").get(0).asString()).isEqualTo(period.substring(0, 4) + "-01");
        assertThat(trend.path("xAxis").path("data").toString()).doesNotContain("2023");
    }

    @Test
    void theDashboardTrendOfAPilotMonthShowsThePilotMonths() throws Exception {
        String html = page("hr", "/?period=2023-06", 200);

        assertThat(html).contains("Xu hướng qua các tháng thí điểm năm 2023");
        JsonNode trend = JSON.readTree(one(html, "id=\"data-trend\">(.*?)</script>"));
        assertThat(trend.path("xAxis").path("data").toString()).isEqualTo("[\"2023-05\",\"2023-06\",\"2023-07\"]");
    }

    @Test
    @Transactional // the appraisal rows that publish the period are rolled back
    void aMemberOfStaffSeesTheirOwnSummaryAndOnlyThemselves() throws Exception {
        String hidden = page("staff", "/?period=2023-06", 200);
        assertThat(hidden).contains("id=\"own-unpublished\"", "Kết quả kỳ này chưa được công bố.")
                .doesNotContain("Xem chi tiết và lý do");
        assertThat(one(hidden, "id=\"figure-evaluated\">(\\d+)<")).isEqualTo("0");
        publishToStaff(ratings("2023-06").get("CB19"));
        String html = page("staff", "/?period=2023-06", 200);
        assertThat(html).contains("Kết quả của bạn", "/people/CB19?period=2023-06");
        assertThat(one(html, "id=\"figure-evaluated\">(\\d+)<")).isEqualTo("1");
        assertThat(html).contains(">" + ratingLabel(ratings("2023-06").get("CB19")) + "<");
    }

    @Test
    @Transactional // the appraisal rows that publish the period are rolled back
    void theResultsTableListsThePeriodsPeopleWithFiltersAndScope() throws Exception {
        Map<String, String> ratings = ratings("2023-06");
        String html = page("hr", "/results?period=2023-06", 200);
        assertThat(html).contains("<h1>Kết quả đánh giá</h1>", "id=\"results-table\"");
        assertThat(all(html, "<tr data-id=\"([^\"]+)\"")).containsExactlyElementsOf(ratings.keySet());
        assertThat(one(html, "<tr data-id=\"CB19\">.*?<td class=\"rating\"[^>]*><span[^>]*>([A-Z_]+)</span>"))
                .isEqualTo(ratings.get("CB19"));
        String score = jdbc.sql("SELECT rr.score FROM run_results rr JOIN evaluation_runs r ON r.id = rr.run_id JOIN periods p"
                + " ON p.id = r.period_id WHERE p.code = '2023-06' AND rr.subject_code = 'CB19' AND " + LATEST_RUN)
                .query(java.math.BigDecimal.class).single().toPlainString();
        assertThat(one(html, "<tr data-id=\"CB19\">.*?<td class=\"score num\">([^<]+)</td>")).isEqualTo(score);

        List<String> qlkh = jdbc.sql("SELECT rr.subject_code FROM run_results rr JOIN evaluation_runs r ON r.id = rr.run_id"
                + " JOIN periods p ON p.id = r.period_id JOIN units u ON u.id = rr.unit_id WHERE p.code = '2023-06'"
                + " AND u.code = 'QLKH' AND rr.employee_id IS NOT NULL AND " + LATEST_RUN + " ORDER BY rr.subject_code")
                .query(String.class).list();
        html = page("hr", "/results?period=2023-06&unit=QLKH", 200);
        assertThat(all(html, "<tr data-id=\"([^\"]+)\"")).containsExactlyElementsOf(qlkh);
        String rating = ratings.get("CB19");
        html = page("hr", "/results?period=2023-06&rating=" + rating, 200);
        assertThat(all(html, "<tr data-id=\"([^\"]+)\"")).containsExactlyElementsOf(
                ratings.entrySet().stream().filter(e -> e.getValue().equals(rating)).map(Map.Entry::getKey).toList());
        assertThat(one(html, "<span[^>]*data-rating=\"" + rating + "\"[^>]*>(\\d+)<"))
                .isEqualTo(String.valueOf(ratings.values().stream().filter(rating::equals).count()));

        html = page("hr", "/results?period=2023-06&unit=KHONG-CO", 200);
        assertThat(html).contains("Không có kết quả nào khớp bộ lọc.").doesNotContain("id=\"results-table\"");
        assertThat(all(page("staff", "/results?period=2023-06", 200), "<tr data-id=\"([^\"]+)\"")).isEmpty();
        publishToStaff("HTNV");
        html = page("staff", "/results?period=2023-06", 200);
        assertThat(all(html, "<tr data-id=\"([^\"]+)\"")).containsExactly("CB19");
        assertThat(html).contains("<th>Đề xuất</th><th>Quyết định</th>");
        assertThat(one(html, "<tr data-id=\"CB19\">.*?<td class=\"decided\" data-decided=\"([A-Z_]+)\"")).isEqualTo("HTNV");
        html = page("hr", "/results?period=2023-06", 200);
        assertThat(one(html, "<tr data-id=\"CB19\">.*?<td class=\"rating\"[^>]*><span[^>]*>([A-Z_]+)</span>"))
                .isEqualTo(ratings.get("CB19"));
        assertThat(one(html, "<tr data-id=\"CB19\">.*?<td class=\"decided\" data-decided=\"([A-Z_]+)\"")).isEqualTo("HTNV");
        assertThat(one(html, "<tr data-id=\"CB17\">.*?<td class=\"decided\"[^>]*>\\s*<span class=\"state\">([^<]+)<"))
                .isEqualTo("Chưa quyết định");
        assertThat(all(page("head", "/results?period=2023-06", 200), "<tr data-id=\"([^\"]+)\"")).containsExactlyElementsOf(qlkh);
    }

    @Test
    @Transactional // the appraisal rows that publish the period are rolled back
    void aPersonsPageBreaksTheScoreDownAndLinksEveryReasonToItsRule() throws Exception {
        JsonNode stored = JSON.readTree(jdbc.sql("SELECT rr.details FROM run_results rr JOIN evaluation_runs r ON r.id = rr.run_id"
                + " JOIN periods p ON p.id = r.period_id WHERE p.code = '2023-06' AND rr.subject_code = 'CB19' AND " + LATEST_RUN)
                .query(String.class).single());
        int version = jdbc.sql("SELECT r.rule_set_version FROM evaluation_runs r JOIN periods p ON p.id = r.period_id"
                + " WHERE p.code = '2023-06' AND " + LATEST_RUN).query(Integer.class).single();
        String hidden = page("staff", "/people/CB19?period=2023-06", 200);
        assertThat(hidden).contains("id=\"unpublished\"", "Kết quả kỳ này chưa được công bố.")
                .doesNotContain("id=\"person-rating\"", "<h2>Lý do</h2>", "id=\"person-score\"");
        assertThat(one(hidden, "<tr data-period=\"2023-06\"[^>]*>.*?<td colspan=\"4\" class=\"note\">([^<]+)<"))
                .isEqualTo("Kết quả kỳ này chưa được công bố");
        String proposed = ratings("2023-06").get("CB19");
        String decided = "HTNV".equals(proposed) ? "HTTNV" : "HTNV";
        publishToStaff(decided);
        String html = page("staff", "/people/CB19?period=2023-06", 200);
        assertThat(html).contains("<th>Đề xuất</th><th>Quyết định</th>", "Quyết định khác đề xuất");
        assertThat(one(html, "id=\"person-decided\"><span[^>]*>([A-Z_]+)</span>")).isEqualTo(decided);
        long appraisal = jdbc.sql("SELECT a.id FROM appraisals a JOIN employees e ON e.id = a.employee_id WHERE e.code = 'CB19'"
                + " AND a.cycle_id = (SELECT c.id FROM appraisal_cycles c JOIN periods p ON p.id = c.period_id WHERE p.code = '2023-06')")
                .query(Long.class).single();
        assertThat(one(html, "id=\"appraisal-form\" href=\"([^\"]+)\"")).isEqualTo("/api/appraisals/" + appraisal + "/form.pdf");
        assertThat(page("expert", "/people/CB19?period=2023-06", 200)).contains("id=\"person-decided\"")
                .doesNotContain("id=\"appraisal-form\"");
        assertThat(html).contains("Mức đạt từng chỉ tiêu được giao", "<h2>Lý do</h2>", "id=\"chart-achievements\"",
                "Kết quả qua các kỳ");
        assertThat(one(html, "id=\"person-rating\"><span[^>]*>([A-Z_]+)</span>")).isEqualTo(ratings("2023-06").get("CB19"));
        List<String> links = all(html, "<li class=\"reason\">.*?<a class=\"reason-source\" href=\"([^\"]+)\"");
        List<String> expected = new ArrayList<>();
        for (JsonNode reason : stored.path("reasons")) {
            expected.add("/rules/" + version + "/source?ref=" + URLEncoder.encode(reason.path("source").asString(), StandardCharsets.UTF_8));
        }
        assertThat(links).isNotEmpty().containsExactlyElementsOf(expected);
        List<String> achievements = all(html, "<tr data-indicator=\"([^\"]+)\"");
        List<String> storedIndicators = new ArrayList<>();
        stored.path("achievements").forEach(a -> storedIndicators.add(a.path("indicator").asString()));
        assertThat(achievements).isNotEmpty().containsExactlyElementsOf(storedIndicators);
    }

    @Test
    void aPersonOutsideOnesScopeIsAVietnamese403PageAndAnUnknownOneA404() throws Exception {
        String html = page("staff", "/people/CB01", 403);
        assertThat(html).contains("Bạn không có quyền xem trang này", "không xem được trang của «CB01»",
                "Xin chào, <span>staff</span>", "Về trang Tổng quan");
        page("head", "/people/CB19", 200);
        assertThat(page("head", "/people/CB01", 403)).contains("Bạn không có quyền xem trang này");
        assertThat(page("hr", "/people/KHONG-CO", 404)).contains("Không tìm thấy trang", "«KHONG-CO»");
        assertThat(page("hr", "/khong-co-trang-nay", 404)).contains("Không tìm thấy trang", "Không có trang «/khong-co-trang-nay»",
                "Xin chào, <span>hr</span>");
        MockHttpServletResponse api = mvc.perform(get("/api/khong-co").with(httpBasic("hr", "demo"))).andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(404);
        assertThat(api.getContentType()).isEqualTo("application/problem+json");
    }

    @Test
    void theStrategyMapColoursObjectivesAndKpisFromTheRulesCompletedLevel() throws Exception {
        String html = page("hr", "/strategy-map?period=2026-05", 200);
        assertThat(html).contains("<h1>Bản đồ chiến lược</h1>", "id=\"chart-strategy-map\"", "Đạt một phần", "Chưa có số liệu",
                "decision-tables/cham-diem.drl.xlsx!Giới hạn mức đạt!");
        List<String> objectives = jdbc.sql("SELECT code FROM objectives ORDER BY code").query(String.class).list();
        assertThat(all(html, "<li class=\"objective\" data-code=\"([^\"]+)\"")).containsExactlyElementsOf(objectives);
        JsonNode graph = JSON.readTree(one(html, "id=\"data-strategy-map\">(.*?)</script>"));
        long arrows = jdbc.sql("SELECT COUNT(*) FROM objective_links").query(Long.class).single();
        long drawn = 0;
        for (JsonNode link : graph.path("series").get(0).path("links")) {
            drawn += link.has("symbol") ? 0 : 1;
        }
        assertThat(drawn).isEqualTo(arrows);
    }

    @Test
    void theHelpShowsTheActiveRulesOwnTablesAndBands() throws Exception {
        int active = jdbc.sql("SELECT MAX(version) FROM rule_set_versions WHERE state = 'ACTIVE'").query(Integer.class).single();
        String html = page("staff", "/help", 200);
        assertThat(html).contains("<h1>Hướng dẫn sử dụng hệ thống KPI</h1>", "KRI — chỉ số kết quả chủ yếu",
                "Bảng «<span>Khung điểm</span>»", "Bảng «<span>Cơ cấu điểm</span>»", "Bảng «<span>Hạn mức HTXSNV</span>»",
                "id=\"help-version\">" + active + "<", "decision-tables/xep-loai.drl.xlsx!Khung điểm!")
                .doesNotContain("Bảng «<span>Kiểm thử</span>»");
    }

    static String ratingLabel(String code) {
        return vn.gov.sokhcn.kpi.evaluation.facts.Rating.valueOf(code).label();
    }
}
