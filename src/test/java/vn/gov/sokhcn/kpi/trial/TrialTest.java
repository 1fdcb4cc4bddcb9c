package vn.gov.sokhcn.kpi.trial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.sokhcn.kpi.security.KpiPrincipal;
import vn.gov.sokhcn.kpi.security.Role;

/**
 * Trials of a candidate rule set (issue 6): the shipped rule set with the Decree 48 HTXSNV band raised from 90
 * to 95 is tried on the months of {@link TrialData}. The people expected to move are worked out from the
 * "before" scores and ratings the trial reports, independently of its own lists of moves.
 */
@SpringBootTest(properties = "kpi.test.database=trials")
@AutoConfigureMockMvc
class TrialTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    record Reply(int status, JsonNode json, String location, byte[] bytes, String disposition) {
    }

    @BeforeEach
    void data() {
        new TrialData(jdbc).ensure();
    }

    <B extends AbstractMockHttpServletRequestBuilder<B>> Reply send(B request, RequestPostProcessor as) throws Exception {
        var response = mvc.perform(request.with(as).with(csrf())).andReturn().getResponse();
        byte[] bytes = response.getContentAsByteArray();
        String type = response.getContentType();
        JsonNode json = bytes.length > 0 && type != null && type.contains("json")
                ? JSON.readTree(new String(bytes, StandardCharsets.UTF_8)) : null;
        return new Reply(response.getStatus(), json, response.getHeader("Location"), bytes,
                response.getHeader("Content-Disposition"));
    }

    static RequestPostProcessor basic(String user) {
        return httpBasic(user, "demo");
    }

    Reply trial(String body, String as) throws Exception {
        return send(post("/api/trials").contentType(MediaType.APPLICATION_JSON).content(body), basic(as));
    }

    /** The shipped xep-loai workbook with cells of «Khung điểm» set. */
    static byte[] bands(Map<String, Object> cells) throws Exception {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(Files.readAllBytes(Path.of("decision-tables", "xep-loai.drl.xlsx"))))) {
            Sheet sheet = wb.getSheet("Khung điểm");
            cells.forEach((ref, value) -> {
                CellReference r = new CellReference(ref);
                var cell = sheet.getRow(r.getRow()).getCell(r.getCol(), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
                if (value instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else {
                    cell.setCellValue(value.toString());
                }
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    int upload(byte[] workbook, String comment) throws Exception {
        Reply r = send(multipart("/api/rulesets").file(new MockMultipartFile("file", "xep-loai.drl.xlsx",
                "application/octet-stream", workbook)).param("comment", comment), basic("expert"));
        assertThat(r.status()).isEqualTo(201);
        return r.json().at("/version").asInt();
    }

    /**
     * The candidate: Decree 48's HTXSNV band starts at 95 instead of 90 (the band's «Điểm từ» D15 and, so that the
     * bands still meet as validation requires, the HTTNV band's «Điểm đến» E16).
     */
    int candidate() throws Exception {
        return jdbc.sql("SELECT MAX(version) FROM rule_set_versions WHERE comment = 'ngưỡng HTXSNV 95'").query(Integer.class)
                .optional().filter(v -> v != null).orElseGet(() -> {
                    try {
                        return upload(bands(Map.of("D15", 95.0, "E16", 95.0)), "ngưỡng HTXSNV 95");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    Reply runTrial() throws Exception {
        return trial("{\"candidate\": " + candidate() + ", \"periods\": [\"2025-05\", \"2025-06\"]}", "expert");
    }

    @Test
    void shouldMoveDownExactlyThePeopleBetweenTheOldAndTheNewThreshold() throws Exception {
        long runs = count("evaluation_runs");
        long results = count("run_results");
        Reply r = runTrial();
        assertThat(r.status()).isEqualTo(201);
        JsonNode t = r.json();
        assertThat(r.location()).isEqualTo("/api/trials/" + t.at("/id").asLong());
        assertThat(t.at("/candidate").asInt()).isEqualTo(candidate());
        assertThat(t.at("/active").asInt()).isEqualTo(1);
        assertThat(t.at("/createdBy").asString()).isEqualTo("expert");
        assertThat(t.at("/people")).hasSize(2 * TrialData.GENERAL.size());
        assertThat(t.at("/periodVersions/0/period").asString()).isEqualTo("2025-05");
        assertThat(t.at("/periodVersions/0/active").asInt()).isEqualTo(1);
        assertThat(t.at("/periodVersions/0/candidate").asInt()).isEqualTo(candidate());
        assertThat(t.at("/periodVersions/0/inputs").asString()).startsWith("Dữ liệu đã lưu của tháng 2025-05");

        Set<String> expected = new HashSet<>();
        Set<String> others = new HashSet<>();
        for (JsonNode p : t.at("/people")) {
            BigDecimal score = p.at("/before/score").decimalValue();
            String key = p.at("/id").asString() + "@" + p.at("/period").asString();
            boolean between = score.compareTo(BigDecimal.valueOf(90)) >= 0 && score.compareTo(BigDecimal.valueOf(95)) < 0;
            if (between && "HTXSNV".equals(p.at("/before/rating").asString())) {
                expected.add(key);
                assertThat(p.at("/after/rating").asString()).isEqualTo("HTTNV");
                assertThat(p.at("/changed").asBoolean()).isTrue();
            } else {
                others.add(key);
                assertThat(p.at("/after/rating").asString()).as(key).isEqualTo(p.at("/before/rating").asString());
                assertThat(p.at("/changed").asBoolean()).as(key).isFalse();
            }
            assertThat(p.at("/after/score").decimalValue()).isEqualByComparingTo(score);
        }
        assertThat(expected).containsExactlyInAnyOrder("A02@2025-05", "A03@2025-05", "A02@2025-06", "A03@2025-06");
        Set<String> down = new HashSet<>();
        for (JsonNode m : t.at("/movedDown")) {
            down.add(m.at("/id").asString() + "@" + m.at("/period").asString());
            assertThat(m.at("/from").asString()).isEqualTo("HTXSNV");
            assertThat(m.at("/to").asString()).isEqualTo("HTTNV");
        }
        assertThat(down).isEqualTo(expected);
        assertThat(t.at("/movedUp")).isEmpty();

        JsonNode a02 = person(t, "A02", "2025-05");
        assertThat(a02.at("/before/score").decimalValue()).isEqualByComparingTo("93");
        assertThat(text(a02.at("/before/reasons"), "source")).anyMatch(s -> s.startsWith("decision-tables/xep-loai.drl.xlsx!Khung điểm!") && s.endsWith("15"));
        assertThat(text(a02.at("/after/reasons"), "source")).anyMatch(s -> s.startsWith("decision-tables/xep-loai.drl.xlsx!Khung điểm!") && s.endsWith("16"));

        for (String period : TrialData.PERIODS) {
            assertThat(distribution(t, "TP1", period, "before")).isEqualTo(Map.of("HTXSNV", 2, "HTTNV", 8, "HTNV", 0, "KHTNV", 0, "NOT_RATED", 0));
            assertThat(distribution(t, "TP1", period, "after")).isEqualTo(Map.of("HTXSNV", 0, "HTTNV", 10, "HTNV", 0, "KHTNV", 0, "NOT_RATED", 0));
            assertThat(distribution(t, "TP2", period, "before")).isEqualTo(Map.of("HTXSNV", 2, "HTTNV", 14, "HTNV", 0, "KHTNV", 0, "NOT_RATED", 0));
            assertThat(distribution(t, "TP2", period, "after")).isEqualTo(Map.of("HTXSNV", 2, "HTTNV", 14, "HTNV", 0, "KHTNV", 0, "NOT_RATED", 0));
        }
        assertThat(t.at("/units")).hasSize(4);

        assertThat(t.at("/quota/heldBackBefore").asInt()).isEqualTo(4);
        assertThat(t.at("/quota/heldBackAfter").asInt()).isEqualTo(0);
        for (JsonNode g : t.at("/quota/groups")) {
            boolean publicEmployees = g.at("/taskGroup").asString().equals("PUBLIC_EMPLOYEE");
            assertThat(g.at("/agency").asString()).isEqualTo("TSO");
            assertThat(text(g.at("/before"), null)).isEqualTo(publicEmployees ? List.of("B02", "B03") : List.of());
            assertThat(g.at("/after")).isEmpty();
        }
        assertThat(t.at("/quota/groups")).hasSize(4);

        // Fund: 10% of Σ coefficient × 2,340,000 đ × 12 months (2025), rounded down; the same table on both sides.
        BigDecimal coefficients = BigDecimal.ZERO;
        for (int i = 0; i < TrialData.GENERAL.size(); i++) {
            coefficients = coefficients.add(TrialData.coefficient(i));
        }
        long fund = coefficients.multiply(BigDecimal.valueOf(2_340_000L * 12)).divide(BigDecimal.TEN, 0, RoundingMode.DOWN).longValueExact();
        assertThat(t.at("/bonus/periods")).hasSize(2);
        for (JsonNode period : t.at("/bonus/periods")) {
            assertThat(period.at("/year").asInt()).isEqualTo(2025);
            assertThat(period.at("/basis").asString()).contains("tháng " + period.at("/period").asString()).contains("thay cho xếp loại năm");
            JsonNode agency = period.at("/agencies/0");
            assertThat(period.at("/agencies")).hasSize(1);
            assertThat(agency.at("/agency").asString()).isEqualTo("TSO");
            for (String side : new String[] {"before", "after"}) {
                assertThat(agency.at("/" + side + "/fund").asLong()).isEqualTo(fund);
                assertThat(agency.at("/" + side + "/fundSource").asString()).isEqualTo("COMPUTED");
                assertThat(agency.at("/" + side + "/total").asLong()).isEqualTo(fund);
                long shares = 0;
                for (JsonNode p : t.at("/people")) {
                    if (p.at("/period").asString().equals(period.at("/period").asString())) {
                        shares += p.at("/" + side + "/bonusShare").asLong();
                    }
                }
                assertThat(shares).isEqualTo(fund);
            }
            assertThat(agency.at("/before/version").asInt()).isEqualTo(1);
            assertThat(agency.at("/after/version").asInt()).isEqualTo(candidate());
        }
        assertThat(person(t, "A02", "2025-05").at("/after/bonusShare").asLong())
                .isLessThan(person(t, "A02", "2025-05").at("/before/bonusShare").asLong());

        assertThat(count("evaluation_runs")).isEqualTo(runs);
        assertThat(count("run_results")).isEqualTo(results);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_events WHERE action = 'TRIAL_RUN' AND object_id = :id AND actor = 'expert'")
                .param("id", String.valueOf(t.at("/id").asLong())).query(Long.class).single()).isEqualTo(1);

        Reply again = send(get("/api/trials/" + t.at("/id").asLong()), basic("hr"));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(t);
        Reply list = send(get("/api/trials"), basic("admin"));
        JsonNode listed = null;
        for (JsonNode s : list.json()) {
            if (s.at("/id").asLong() == t.at("/id").asLong()) {
                listed = s;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.at("/candidate").asInt()).isEqualTo(candidate());
        assertThat(text(listed.at("/periods"), null)).containsExactly("2025-05", "2025-06");
        assertThat(listed.at("/peopleCount").asInt()).isEqualTo(2 * TrialData.GENERAL.size());
        assertThat(listed.at("/movedDown").asInt()).isEqualTo(4);
        assertThat(listed.at("/movedUp").asInt()).isEqualTo(0);
        assertThat(listed.at("/createdBy").asString()).isEqualTo("expert");
    }

    @Test
    void shouldDownloadTheTrialAsAWorkbook() throws Exception {
        long id = runTrial().json().at("/id").asLong();
        Reply byAccept = send(get("/api/trials/" + id).accept(MediaType.parseMediaType(XLSX)), basic("expert"));
        Reply byName = send(get("/api/trials/" + id + ".xlsx"), basic("expert"));
        for (Reply r : List.of(byAccept, byName)) {
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.disposition()).contains("attachment").contains("thu-nghiem-" + id + ".xlsx");
            try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(r.bytes()))) {
                assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3), wb.getSheetName(4)))
                        .containsExactly("Tóm tắt", "Từng người", "Theo đơn vị", "Hạn ngạch", "Thưởng");
                assertThat(wb.getSheet("Tóm tắt").getRow(13).getCell(0).getStringCellValue()).isEqualTo("Kỳ 2025-05");
                Sheet people = wb.getSheet("Từng người");
                assertThat(people.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã cán bộ");
                assertThat(wb.getFontAt(people.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
                assertThat(people.getPaneInformation().isFreezePane()).isTrue();
                assertThat(people.getLastRowNum()).isEqualTo(2 * TrialData.GENERAL.size());
                List<String> moved = new ArrayList<>();
                for (Row row : people) {
                    if (row.getRowNum() > 0 && !row.getCell(5).getStringCellValue().equals(row.getCell(8).getStringCellValue())) {
                        moved.add(row.getCell(0).getStringCellValue() + "@" + row.getCell(3).getStringCellValue());
                        assertThat(row.getCell(4).getNumericCellValue()).isBetween(90.0, 94.99);
                    }
                }
                assertThat(moved).containsExactlyInAnyOrder("A02@2025-05", "A03@2025-05", "A02@2025-06", "A03@2025-06");
                assertThat(wb.getSheet("Theo đơn vị").getLastRowNum()).isEqualTo(4);
                assertThat(wb.getSheet("Hạn ngạch").getLastRowNum()).isEqualTo(4);
                assertThat(wb.getSheet("Thưởng").getRow(1).getCell(4).getNumericCellValue())
                        .isEqualTo(wb.getSheet("Thưởng").getRow(1).getCell(6).getNumericCellValue());
            }
        }
        Reply anything = send(get("/api/trials/" + id).accept(MediaType.ALL), basic("expert"));
        assertThat(anything.status()).isEqualTo(200);
        assertThat(anything.json().at("/id").asLong()).isEqualTo(id);
        assertThat(send(get("/api/trials/999999.xlsx"), basic("expert")).status()).isEqualTo(404);
        assertThat(send(get("/api/trials/999999"), basic("expert")).status()).isEqualTo(404);
    }

    @Test
    void shouldNameEachBadFieldInVietnamese() throws Exception {
        Reply empty = trial("{}", "hr");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(fields(empty)).containsExactly("$.candidate", "$.periods");
        assertThat(empty.json().at("/errors/0/message").asString()).isEqualTo("Thiếu phiên bản bộ quy tắc cần thử nghiệm (số phiên bản nháp)");

        Reply periods = trial("{\"candidate\": " + candidate() + ", \"periods\": [\"2025-05\", \"2099-13\", \"2025-05\", \"\"]}", "hr");
        assertThat(periods.status()).isEqualTo(400);
        assertThat(fields(periods)).containsExactly("$.periods[1]", "$.periods[2]", "$.periods[3]");
        assertThat(periods.json().at("/errors/0/message").asString()).isEqualTo("Không có kỳ đánh giá «2099-13»");

        Reply quarter = trial("{\"candidate\": " + candidate() + ", \"periods\": [\"2025-05\", \"2025-Q2\"]}", "hr");
        assertThat(quarter.status()).isEqualTo(400);
        assertThat(fields(quarter)).containsExactly("$.periods[1]");
        assertThat(quarter.json().at("/errors/0/message").asString()).startsWith("Chưa tổng hợp được kỳ 2025-Q2 từ các tháng");

        Reply notNumber = trial("{\"candidate\": \"mới\", \"periods\": [\"2025-05\"]}", "hr");
        assertThat(notNumber.status()).isEqualTo(400);
        assertThat(fields(notNumber)).containsExactly("$.candidate");

        Reply active = trial("{\"candidate\": 1, \"periods\": [\"2025-05\"]}", "hr");
        assertThat(active.status()).isEqualTo(400);
        assertThat(fields(active)).containsExactly("$.candidate");
        assertThat(active.json().at("/errors/0/message").asString()).contains("chỉ thử nghiệm được phiên bản nháp (DRAFT)");

        Reply unknown = trial("{\"candidate\": 9999, \"periods\": [\"2025-05\"]}", "hr");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().at("/detail").asString()).isEqualTo("Không tìm thấy phiên bản bộ quy tắc «9999»");

        int broken = upload(bands(Map.of("D15", "chín mươi")), "hỏng");
        Reply withProblems = trial("{\"candidate\": " + broken + ", \"periods\": [\"2025-05\"]}", "hr");
        assertThat(withProblems.status()).isEqualTo(409);
        assertThat(withProblems.json().at("/detail").asString()).startsWith("Phiên bản " + broken + " của bộ quy tắc có ")
                .contains("Khung điểm!D15");
    }

    @Test
    void shouldRefuseUnitHeadsAndStaff() throws Exception {
        String body = "{\"candidate\": " + candidate() + ", \"periods\": [\"2025-05\"]}";
        for (Role role : new Role[] {Role.UNIT_HEAD, Role.EMPLOYEE}) {
            RequestPostProcessor as = user(new KpiPrincipal(role.name().toLowerCase(), "x", role, "A05", true));
            assertThat(send(post("/api/trials").contentType(MediaType.APPLICATION_JSON).content(body), as).status()).isEqualTo(403);
            assertThat(send(get("/api/trials"), as).status()).isEqualTo(403);
            assertThat(send(get("/api/trials/1"), as).status()).isEqualTo(403);
            assertThat(send(get("/api/trials/1.xlsx"), as).status()).isEqualTo(403);
        }
    }

    static List<String> fields(Reply r) {
        return text(r.json().at("/errors"), "field");
    }

    static List<String> text(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(field == null ? n.asString() : n.at("/" + field).asString()));
        return out;
    }

    static JsonNode person(JsonNode trial, String id, String period) {
        for (JsonNode p : trial.at("/people")) {
            if (p.at("/id").asString().equals(id) && p.at("/period").asString().equals(period)) {
                return p;
            }
        }
        throw new AssertionError("no " + id + " in " + period);
    }

    static Map<String, Integer> distribution(JsonNode trial, String unit, String period, String side) {
        for (JsonNode u : trial.at("/units")) {
            if (u.at("/unit").asString().equals(unit) && u.at("/period").asString().equals(period)) {
                Map<String, Integer> counts = new java.util.HashMap<>();
                u.at("/" + side).properties().forEach(e -> counts.put(e.getKey(), e.getValue().asInt()));
                return counts;
            }
        }
        throw new AssertionError("no " + unit + " in " + period);
    }
}
