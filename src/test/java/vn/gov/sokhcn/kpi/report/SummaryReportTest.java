package vn.gov.sokhcn.kpi.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.sokhcn.kpi.appraisal.AppraisalRows;
import vn.gov.sokhcn.kpi.security.KpiPrincipal;
import vn.gov.sokhcn.kpi.security.Role;

/**
 * The summary report (issue 6 part 4) over the data of {@link ReportData}, in a database of this class's
 * own: the twelve months of 2031 and the year are run officially through the API (February twice; a
 * later FAILED run of March is stored by SQL), and every figure of the report is checked against the
 * API it comes from — the runs' results, /api/bonus, /api/staffing-flags, /api/training-plan.
 */
@SpringBootTest(properties = "kpi.test.database=summary-report")
@AutoConfigureMockMvc
class SummaryReportTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> RATINGS = List.of("HTXSNV", "HTTNV", "HTNV", "KHTNV", "NOT_RATED");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    static RequestPostProcessor as(String user) {
        return httpBasic(user, "demo");
    }

    static RequestPostProcessor head(String employee) {
        return user(new KpiPrincipal("truong-" + employee, "x", Role.UNIT_HEAD, employee, true));
    }

    static RequestPostProcessor staff(String employee) {
        return user(new KpiPrincipal("nv-" + employee, "x", Role.EMPLOYEE, employee, true));
    }

    @BeforeEach
    void storeAndRunOnce() throws Exception {
        new ReportData(jdbc).ensure(mvc);
    }

    MockHttpServletResponse send(AbstractMockHttpServletRequestBuilder<?> request, RequestPostProcessor who) throws Exception {
        return mvc.perform(request.with(who)).andReturn().getResponse();
    }

    JsonNode json(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        MockHttpServletResponse r = send(request, who);
        assertThat(r.getStatus()).as(r.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
        return JSON.readTree(r.getContentAsString(StandardCharsets.UTF_8));
    }

    JsonNode report(String from, String to, String unit, RequestPostProcessor who) throws Exception {
        MockHttpServletRequestBuilder request = get("/api/reports/summary").param("from", from).param("to", to);
        return json(unit == null ? request : request.param("unit", unit), who);
    }

    /** Counts of a run's results per unit and rating, read from GET /api/runs/{id}/results. */
    Map<String, Map<String, Long>> countsOf(long run) throws Exception {
        JsonNode page = json(get("/api/runs/{id}/results", run).param("size", "200"), as("hr"));
        assertThat(page.get("total").asLong()).isEqualTo(page.get("items").size());
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        for (JsonNode item : page.get("items")) {
            Map<String, Long> ofUnit = counts.computeIfAbsent(item.get("unit").asString(), k -> {
                Map<String, Long> zero = new LinkedHashMap<>();
                RATINGS.forEach(r -> zero.put(r, 0L));
                return zero;
            });
            ofUnit.merge(item.get("rating").asString(), 1L, Long::sum);
        }
        return counts;
    }

    Map<String, Map<String, Long>> countsInReport(JsonNode report, String period) {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        for (JsonNode row : report.get("ratingDistribution")) {
            if (row.get("period").asString().equals(period)) {
                Map<String, Long> ratings = new LinkedHashMap<>();
                row.get("ratings").properties().forEach(e -> ratings.put(e.getKey(), e.getValue().asLong()));
                assertThat(row.get("total").asLong()).isEqualTo(ratings.values().stream().mapToLong(Long::longValue).sum());
                counts.put(row.get("unit").asString(), ratings);
            }
        }
        return counts;
    }

    long latestCompleted(String period) {
        return jdbc.sql("""
                SELECT MAX(r.id) FROM evaluation_runs r JOIN periods p ON p.id = r.period_id
                WHERE p.code = ? AND r.state = 'COMPLETED'""").param(period).query(Long.class).single();
    }

    @Test
    void shouldCountEachRatingExactlyAsTheLatestCompletedRunOfEachPeriodRatedIt() throws Exception {
        JsonNode report = report("2031-01", "2031", null, as("hr"));

        List<String> periods = new ArrayList<>();
        report.at("/range/periods").forEach(p -> periods.add(p.get("code").asString()));
        List<String> expected = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            expected.add(YearMonth.of(2031, m).toString());
        }
        expected.add("2031");
        assertThat(periods).isEqualTo(expected);
        assertThat(report.at("/range/start").asString()).isEqualTo("2031-01-01");
        assertThat(report.at("/range/end").asString()).isEqualTo("2031-12-31");
        assertThat(report.at("/range/unit").isNull()).isTrue();
        long rows = 0;
        for (JsonNode p : report.at("/range/periods")) {
            String code = p.get("code").asString();
            long run = p.get("run").asLong();
            assertThat(run).as(code).isEqualTo(latestCompleted(code));
            Map<String, Map<String, Long>> fromRuns = countsOf(run);
            assertThat(countsInReport(report, code)).as(code).isEqualTo(fromRuns);
            assertThat(fromRuns.keySet()).as(code).containsExactly("RB", "RC", "RD");
            rows += fromRuns.size();
        }
        assertThat(report.get("ratingDistribution").size()).isEqualTo(rows);
        // R05 was reprimanded in January: KHTNV in every month and the year.
        assertThat(countsInReport(report, "2031").get("RD").get("KHTNV")).isEqualTo(1);
        assertThat(report.at("/range/periods/1/run").asLong()).isNotEqualTo(jdbc.sql("""
                SELECT MIN(r.id) FROM evaluation_runs r JOIN periods p ON p.id = r.period_id WHERE p.code = '2031-02'""")
                .query(Long.class).single());
    }

    /**
     * Where an appraisal cycle of the year decided a person, the distribution counts the decided rating, not the
     * run's, and the row says how many of its people were counted by a decision.
     */
    @Test
    void shouldCountTheDecidedRatingWhereACycleOfThePeriodDecidedIt() throws Exception {
        long run = latestCompleted("2031");
        record Result(String employee, String rating) {
        }
        Result rb = jdbc.sql("""
                SELECT e.code, rr.rating FROM run_results rr JOIN employees e ON e.id = rr.employee_id JOIN units u ON u.id = rr.unit_id
                WHERE rr.run_id = ? AND u.code = 'RB' ORDER BY e.code""").param(run)
                .query((rs, n) -> new Result(rs.getString(1), rs.getString(2))).list().get(0);
        String decided = rb.rating().equals("KHTNV") ? "HTNV" : "KHTNV";
        AppraisalRows appraisals = new AppraisalRows(jdbc);
        try {
            long cycle = appraisals.cycle("2031", "RB", run);
            appraisals.decide(appraisals.appraisal(cycle, rb.employee(), "DECISION"), decided, "Vi phạm kỷ luật", null);

            JsonNode report = report("2031", "2031", null, as("hr"));

            Map<String, Map<String, Long>> expected = countsOf(run);
            expected.get("RB").merge(rb.rating(), -1L, Long::sum);
            expected.get("RB").merge(decided, 1L, Long::sum);
            assertThat(countsInReport(report, "2031")).isEqualTo(expected);
            for (JsonNode row : report.get("ratingDistribution")) {
                if (!row.get("period").asString().equals("2031")) {
                    continue;
                }
                boolean isRb = row.get("unit").asString().equals("RB");
                assertThat(row.get("decided").asLong()).isEqualTo(isRb ? 1 : 0);
                assertThat(row.get("note").asString()).isEqualTo(isRb ? "1/" + row.get("total").asLong()
                        + " người theo quyết định của người có thẩm quyền, còn lại theo đề xuất (chưa quyết định) của lần đánh giá #"
                        + run + "." : "Theo lần đánh giá #" + run + " (chưa có quyết định).");
            }
        } finally {
            appraisals.deleteCreated();
        }
    }

    @Test
    void shouldAverageTheStoredAchievementsOfEachObjectiveOfTheStrategyMap() throws Exception {
        JsonNode report = report("2031-03", "2031-04", null, as("hr"));

        assertThat(report.get("kpiAttainment").size()).isEqualTo(2);
        for (JsonNode period : report.get("kpiAttainment")) {
            long run = period.get("run").asLong();
            List<BigDecimal> ri1 = new ArrayList<>();
            for (JsonNode item : json(get("/api/runs/{id}/results", run).param("size", "200"), as("hr")).get("items")) {
                item.get("achievements").forEach(a -> ri1.add(a.get("achievement").decimalValue()));
            }
            assertThat(ri1).hasSize(5);
            JsonNode rp1 = period.at("/perspectives/0");
            assertThat(rp1.get("code").asString()).isEqualTo("RP1");
            assertThat(rp1.at("/objectives/0/code").asString()).isEqualTo("RO1");
            assertThat(rp1.at("/objectives/0/results").asInt()).isEqualTo(5);
            assertThat(rp1.at("/objectives/0/averageAchievement").decimalValue()).isEqualByComparingTo(KpiAttainment.mean(ri1));
            // RB's unit KPI RI2: 40 + month of a target of 50.
            int month = Integer.parseInt(period.get("period").asString().substring(5));
            BigDecimal unitAchievement = BigDecimal.valueOf((40 + month) * 2L);
            assertThat(rp1.at("/objectives/1/code").asString()).isEqualTo("RO2");
            assertThat(rp1.at("/objectives/1/results").asInt()).isEqualTo(1);
            assertThat(rp1.at("/objectives/1/averageAchievement").decimalValue()).isEqualByComparingTo(unitAchievement);
            List<BigDecimal> all = new ArrayList<>(ri1);
            all.add(unitAchievement);
            assertThat(rp1.get("results").asInt()).isEqualTo(6);
            assertThat(rp1.get("averageAchievement").decimalValue()).isEqualByComparingTo(KpiAttainment.mean(all));
            assertThat(period.at("/perspectives/1/code").asString()).isEqualTo("RP2");
            assertThat(period.at("/perspectives/1/objectives/0/results").asInt()).isZero();
            assertThat(period.at("/perspectives/1/objectives/0/averageAchievement").isNull()).isTrue();
        }
    }

    @Test
    void shouldListTheBonusStaffingAndTrainingAsTheirOwnApisDo() throws Exception {
        JsonNode report = report("2031-01", "2031", null, as("hr"));

        assertThat(report.get("bonus").size()).isEqualTo(1);
        assertThat(report.at("/bonus/0/year").asInt()).isEqualTo(2031);
        assertThat(report.at("/bonus/0/run").asLong()).isEqualTo(latestCompleted("2031"));
        assertThat(report.at("/bonus/0/agencies").size()).isEqualTo(1);
        JsonNode api = json(get("/api/bonus").param("year", "2031").param("agency", "RA"), as("hr"));
        assertThat(report.at("/bonus/0/agencies/0")).isEqualTo(api);
        assertThat(api.get("shares").size()).isEqualTo(5);
        assertThat(report.at("/staffing/0/year").asInt()).isEqualTo(2031);
        JsonNode flags = json(get("/api/staffing-flags").param("year", "2031"), as("hr"));
        List<JsonNode> ours = new ArrayList<>();
        flags.forEach(f -> {
            if (f.get("employee").asString().startsWith("R0")) {
                ours.add(f);
            }
        });
        assertThat(ours).isNotEmpty();
        assertThat(report.at("/staffing/0/flags")).isEqualTo(JSON.valueToTree(ours));
        List<String> trained = new ArrayList<>();
        report.get("training").forEach(t -> trained.add(t.get("unit").asString()));
        assertThat(trained).containsExactly("RB", "RC", "RD");
        for (JsonNode plan : report.get("training")) {
            assertThat(plan).isEqualTo(json(get("/api/training-plan").param("unit", plan.get("unit").asString()), as("hr")));
        }
    }

    @Test
    void shouldListATrialStoredInTheRangeAndNotOneOutsideIt() throws Exception {
        jdbc.sql("""
                INSERT INTO trials (candidate_version, active_version, periods, created_by, created_at, people_count, moved_up,
                                    moved_down, comparison_json)
                VALUES (7, 3, '2031-03,2031-04', 'expert', :at, 5, 2, 1, '{}')""")
                .param("at", LocalDate.of(2031, 4, 15).atTime(10, 30).atZone(java.time.ZoneId.systemDefault()).toOffsetDateTime())
                .update();
        long id = jdbc.sql("SELECT MAX(id) FROM trials").query(Long.class).single();

        JsonNode trials = report("2031-04", "2031-04", null, as("expert")).get("trials");

        assertThat(trials.size()).isEqualTo(1);
        JsonNode t = trials.get(0);
        assertThat(t.get("id").asLong()).isEqualTo(id);
        assertThat(t.get("candidate").asInt()).isEqualTo(7);
        assertThat(t.get("active").asInt()).isEqualTo(3);
        assertThat(t.get("periods").toString()).isEqualTo("[\"2031-03\",\"2031-04\"]");
        assertThat(t.get("createdBy").asString()).isEqualTo("expert");
        assertThat(OffsetDateTime.parse(t.get("createdAt").asString()).toInstant())
                .isEqualTo(LocalDate.of(2031, 4, 15).atTime(10, 30).atZone(java.time.ZoneId.systemDefault()).toInstant());
        assertThat(t.get("peopleCount").asInt()).isEqualTo(5);
        assertThat(t.get("movedUp").asInt()).isEqualTo(2);
        assertThat(t.get("movedDown").asInt()).isEqualTo(1);
        assertThat(report("2031-05", "2031-05", null, as("expert")).get("trials").size()).isZero();
    }

    @Test
    void shouldListARuleSetActivationOfTheRangeWithWhoWhenAndWhatChanged() throws Exception {
        YearMonth now = YearMonth.now();
        jdbc.sql("INSERT INTO periods (code, kind, start_date, end_date) VALUES (?, 'MONTH', ?, ?)")
                .params(now.toString(), now.atDay(1), now.atEndOfMonth()).update();
        String comment = "Ghi chú thử báo cáo " + UUID.randomUUID();
        String drl = Files.readString(Path.of("rules/validation/inputs.drl")) + "\n// " + comment + "\n";
        MockHttpServletResponse uploaded = send(multipart("/api/rulesets")
                .file(new MockMultipartFile("file", "inputs.drl", "text/plain", drl.getBytes(StandardCharsets.UTF_8)))
                .param("comment", comment), as("expert"));
        assertThat(uploaded.getStatus()).as(uploaded.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
        int version = JSON.readTree(uploaded.getContentAsString(StandardCharsets.UTF_8)).get("version").asInt();
        assertThat(send(post("/api/rulesets/{v}/approve", version), as("admin")).getStatus()).isEqualTo(200);
        assertThat(send(post("/api/rulesets/{v}/activate", version), as("hr")).getStatus()).isEqualTo(200);

        JsonNode report = report(now.toString(), now.toString(), null, as("hr"));

        JsonNode change = null;
        for (JsonNode c : report.get("ruleChanges")) {
            if (c.get("version").asInt() == version) {
                change = c;
            }
        }
        assertThat(change).as(report.get("ruleChanges").toString()).isNotNull();
        assertThat(change.get("action").asString()).isEqualTo("RULESET_ACTIVATED");
        assertThat(change.get("activatedBy").asString()).isEqualTo("hr");
        assertThat(change.get("activatedAt").asString()).startsWith(LocalDate.now().toString());
        assertThat(change.get("author").asString()).isEqualTo("expert");
        assertThat(change.get("approvedBy").asString()).isEqualTo("admin");
        assertThat(change.get("comment").asString()).isEqualTo(comment);
        assertThat(change.get("structural").asBoolean()).isTrue();
        assertThat(change.get("changedFiles").toString()).isEqualTo("[\"rules/validation/inputs.drl\"]");
        assertThat(change.get("structuralChanges").asInt()).isEqualTo(1);
        assertThat(change.at("/changes/0/kind").asString()).isEqualTo("DRL");
        assertThat(change.at("/changes/0/location").asString()).isEqualTo("rules/validation/inputs.drl");
        assertThat(report.at("/range/periods/0/run").isNull()).isTrue();
        assertThat(report.get("ratingDistribution").size()).isZero();
        JsonNode later = report("2031-01", "2031", null, as("hr"));
        assertThat(later.get("ruleChanges")).extracting(c -> c.get("version").asInt()).doesNotContain(version);
    }

    @Test
    void shouldListTheVersionTheRunsOfTheRangeUsedWhenItWasActivatedBeforeTheRange() throws Exception {
        JsonNode report = report("2031-01", "2031-03", null, as("hr"));

        int used = report.at("/range/periods/0/ruleSetVersion").asInt();
        assertThat(report.get("range").get("periods")).extracting(p -> p.get("ruleSetVersion").asInt()).containsOnly(used);
        assertThat(report.get("ruleChanges")).hasSize(1);
        JsonNode change = report.get("ruleChanges").get(0);
        assertThat(change.get("version").asInt()).isEqualTo(used);
        assertThat(change.get("action").asString()).isEqualTo("RULESET_ACTIVATED");
        assertThat(change.get("activatedAt").asString()).isLessThan("2031-01-01");
        assertThat(change.get("usedBy").toString()).isEqualTo("[\"2031-01\",\"2031-02\",\"2031-03\"]");
    }

    @Test
    void shouldRestrictTheReportToAUnitAndTheUnitsBelowIt() throws Exception {
        JsonNode all = report("2031-01", "2031", null, as("hr"));
        JsonNode rb = report("2031-01", "2031", "RB", as("hr"));

        assertThat(rb.at("/range/unit").asString()).isEqualTo("RB");
        assertThat(rb.at("/range/unitName").asString()).isEqualTo("Phòng Kế hoạch thử");
        for (JsonNode p : rb.at("/range/periods")) {
            String code = p.get("code").asString();
            Map<String, Map<String, Long>> expected = new TreeMap<>(countsInReport(all, code));
            expected.remove("RD");
            assertThat(countsInReport(rb, code)).as(code).isEqualTo(expected).containsOnlyKeys("RB", "RC");
        }
        assertThat(rb.at("/kpiAttainment/0/perspectives/0/objectives/0/results").asInt()).isEqualTo(3);
        List<String> shares = new ArrayList<>();
        rb.at("/bonus/0/agencies/0/shares").forEach(s -> shares.add(s.get("employee").asString()));
        assertThat(shares).containsExactly("R01", "R02", "R03");
        assertThat(rb.at("/bonus/0/agencies/0/fund").asLong()).isEqualTo(all.at("/bonus/0/agencies/0/fund").asLong());
        rb.at("/staffing/0/flags").forEach(f -> assertThat(f.get("unit").asString()).isIn("RB", "RC"));
        List<String> trained = new ArrayList<>();
        rb.get("training").forEach(t -> trained.add(t.get("unit").asString()));
        assertThat(trained).containsExactly("RB", "RC");

        JsonNode rc = report("2031-01", "2031-01", "RC", as("hr"));
        assertThat(countsInReport(rc, "2031-01")).containsOnlyKeys("RC");
    }

    @Test
    void shouldLetAUnitHeadSeeOnlyTheirUnitWhichIsTheirDefault() throws Exception {
        JsonNode own = report("2031-01", "2031-01", null, head("R02"));
        assertThat(own.at("/range/unit").asString()).isEqualTo("RB");
        assertThat(countsInReport(own, "2031-01")).containsOnlyKeys("RB", "RC");
        assertThat(countsInReport(report("2031-01", "2031-01", "RC", head("R02")), "2031-01")).containsOnlyKeys("RC");

        MockHttpServletResponse other = send(get("/api/reports/summary").param("from", "2031-01").param("to", "2031-01")
                .param("unit", "RD"), head("R02"));
        assertThat(other.getStatus()).isEqualTo(403);
        assertThat(JSON.readTree(other.getContentAsString(StandardCharsets.UTF_8)).get("detail").asString())
                .isEqualTo("Bạn chỉ xem được báo cáo tổng kết của đơn vị mình phụ trách và các đơn vị trực thuộc;"
                        + " không xem được báo cáo của đơn vị «RD».");
        assertThat(send(get("/api/reports/summary").param("from", "2031-01").param("to", "2031-01"), staff("R01"))
                .getStatus()).isEqualTo(403);
    }

    @Test
    void shouldRefuseMissingUnknownAndReversedPeriodsAndUnknownUnits() throws Exception {
        JsonNode missing = problem(get("/api/reports/summary"), 400);
        assertThat(missing.at("/errors/0/field").asString()).isEqualTo("from");
        assertThat(missing.at("/errors/0/message").asString())
                .isEqualTo("Thiếu kỳ bắt đầu của báo cáo: cho mã kỳ, ví dụ 2026-01, 2026-Q1 hoặc 2026");
        assertThat(missing.at("/errors/1/field").asString()).isEqualTo("to");
        JsonNode unknown = problem(get("/api/reports/summary").param("from", "2031-01").param("to", "2039-13"), 400);
        assertThat(unknown.get("errors").size()).isEqualTo(1);
        assertThat(unknown.at("/errors/0/field").asString()).isEqualTo("to");
        assertThat(unknown.at("/errors/0/message").asString())
                .isEqualTo("Không có kỳ đánh giá «2039-13» làm kỳ kết thúc của báo cáo");
        JsonNode reversed = problem(get("/api/reports/summary").param("from", "2031-05").param("to", "2031-03"), 400);
        assertThat(reversed.at("/errors/0/field").asString()).isEqualTo("from");
        assertThat(reversed.at("/errors/0/message").asString())
                .isEqualTo("Kỳ bắt đầu «2031-05» (từ 2031-05-01) nằm sau kỳ kết thúc «2031-03» (đến 2031-03-31)");
        JsonNode unit = problem(get("/api/reports/summary").param("from", "2031-01").param("to", "2031-03").param("unit", "KHONG"), 404);
        assertThat(unit.get("detail").asString()).isEqualTo("Không tìm thấy đơn vị «KHONG»");
        problem(get("/api/reports/summary").param("from", "2031-05").param("to", "2031-03").header("Accept", XLSX), 400);
    }

    JsonNode problem(MockHttpServletRequestBuilder request, int status) throws Exception {
        MockHttpServletResponse r = send(request, as("hr"));
        assertThat(r.getStatus()).as(r.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(status);
        assertThat(r.getContentType()).isEqualTo("application/problem+json");
        return JSON.readTree(r.getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void shouldWriteTheSameFiguresAsAWorkbookWhenAskedForOne() throws Exception {
        JsonNode report = report("2031-01", "2031", null, as("hr"));
        MockHttpServletResponse r = send(get("/api/reports/summary").param("from", "2031-01").param("to", "2031")
                .header("Accept", XLSX), as("hr"));

        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getContentType()).isEqualTo(XLSX);
        assertThat(r.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"bao-cao-tong-ket-2031-01-2031.xlsx\"");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(r.getContentAsByteArray()))) {
            List<String> names = new ArrayList<>();
            book.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("Tổng hợp", "Phân bố xếp loại", "Mức đạt KPI", "Thay đổi quy tắc", "Thử nghiệm",
                    "Thưởng", "Nhân sự", "Đào tạo");
            Sheet ratings = book.getSheet("Phân bố xếp loại");
            assertThat(text(ratings.getRow(0))).containsExactly("Kỳ", "Loại kỳ", "Lượt đánh giá", "Mã đơn vị", "Đơn vị",
                    "Hoàn thành xuất sắc nhiệm vụ (HTXSNV)", "Hoàn thành tốt nhiệm vụ (HTTNV)", "Hoàn thành nhiệm vụ (HTNV)",
                    "Không hoàn thành nhiệm vụ (KHTNV)", "Chưa xếp loại", "Tổng số", "Số người theo quyết định",
                    "Nguồn xếp loại");
            assertThat(book.getFontAt(ratings.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(ratings.getPaneInformation().isFreezePane()).isTrue();
            assertThat(ratings.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(ratings.getColumnWidth(4)).isGreaterThan(ratings.getColumnWidth(2));
            JsonNode rows = report.get("ratingDistribution");
            assertThat(ratings.getLastRowNum()).isEqualTo(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                Row row = ratings.getRow(i + 1);
                JsonNode json = rows.get(i);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(json.get("period").asString());
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(json.get("periodKind").asString().equals("YEAR") ? "Năm" : "Tháng");
                assertThat(number(row.getCell(2))).isEqualTo(json.get("run").asDouble());
                assertThat(row.getCell(3).getStringCellValue()).isEqualTo(json.get("unit").asString());
                for (int k = 0; k < RATINGS.size(); k++) {
                    assertThat(number(row.getCell(5 + k))).isEqualTo(json.at("/ratings/" + RATINGS.get(k)).asDouble());
                }
                assertThat(number(row.getCell(10))).isEqualTo(json.get("total").asDouble());
            }
            Sheet kpi = book.getSheet("Mức đạt KPI");
            Row first = kpi.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("2031-01");
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("RP1");
            assertThat(number(first.getCell(7))).isEqualTo(report.at("/kpiAttainment/0/perspectives/0/results").asDouble());
            assertThat(number(first.getCell(8))).isEqualTo(report.at("/kpiAttainment/0/perspectives/0/averageAchievement").asDouble());
            Row ro1 = kpi.getRow(2);
            assertThat(ro1.getCell(5).getStringCellValue()).isEqualTo("RO1");
            assertThat(number(ro1.getCell(8))).isEqualTo(report.at("/kpiAttainment/0/perspectives/0/objectives/0/averageAchievement").asDouble());
            Sheet bonus = book.getSheet("Thưởng");
            JsonNode shares = report.at("/bonus/0/agencies/0/shares");
            assertThat(bonus.getLastRowNum()).isEqualTo(shares.size());
            for (int i = 0; i < shares.size(); i++) {
                Row row = bonus.getRow(i + 1);
                assertThat(number(row.getCell(0))).isEqualTo(2031);
                assertThat(number(row.getCell(3))).isEqualTo(report.at("/bonus/0/agencies/0/fund").asDouble());
                assertThat(row.getCell(7).getStringCellValue()).isEqualTo(shares.get(i).get("employee").asString());
                assertThat(number(row.getCell(14))).isEqualTo(shares.get(i).get("amount").asDouble());
            }
            Sheet summary = book.getSheet("Tổng hợp");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Báo cáo tổng kết");
            assertThat(summary.getRow(1).getCell(1).getStringCellValue()).isEqualTo("2031-01");
            assertThat(number(summary.getRow(7).getCell(1))).isEqualTo(13);
            assertThat(book.getSheet("Nhân sự").getLastRowNum()).isEqualTo(report.at("/staffing/0/flags").size());
            assertThat(book.getSheet("Đào tạo").getRow(1).getCell(0).getStringCellValue()).isEqualTo("RB");
        }
    }

    static List<String> text(Row row) {
        List<String> values = new ArrayList<>();
        row.forEach(c -> values.add(c.getStringCellValue()));
        return values;
    }

    static double number(Cell cell) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        return cell.getNumericCellValue();
    }
}
