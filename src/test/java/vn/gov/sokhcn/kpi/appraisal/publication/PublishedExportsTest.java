package vn.gov.sokhcn.kpi.appraisal.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published list (JSON and xlsx) and the appraisal form (PDF) on the demo Department (shared demo
 * context, each test rolled back): who may read them, before and after publication, and their exact
 * Vietnamese content.
 */
@SpringBootTest(properties = {"kpi.demo-data.enabled=true", "kpi.demo-data.run-periods=true"})
@AutoConfigureMockMvc
@Transactional
class PublishedExportsTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String PERIOD = "2026-05";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    PublishedRows rows;
    long cycle;
    long appraisal;
    String proposed;
    String other;

    @BeforeEach
    void aCycleOfTwoPeople() {
        rows = new PublishedRows(jdbc);
        cycle = rows.cycle(PERIOD, "CB19");
        appraisal = rows.appraisal(cycle, "CB19", "DECIDED");
        rows.appraisal(cycle, "CB17", "DECISION");
        proposed = jdbc.sql("SELECT proposed_rating FROM appraisals WHERE id = ?").param(appraisal).query(String.class).single();
        other = "HTNV".equals(proposed) ? "HTTNV" : "HTNV";
    }


    @Test
    void shouldRefuseThePublishedListToStaffBeforePublicationAndShowHrAPreview() throws Exception {
        rows.decision(appraisal, other, "Chậm tiến độ đề tài cấp tỉnh", "DECISION", null, "director");
        MockHttpServletResponse refused = get("staff", "/api/appraisal-cycles/" + cycle + "/published");
        assertThat(refused.getStatus()).isEqualTo(409);
        JsonNode problem = JSON.readTree(refused.getContentAsString(StandardCharsets.UTF_8));
        assertThat(problem.path("type").asString()).isEqualTo("urn:kpi:problem:conflict");
        assertThat(problem.path("detail").asString())
                .isEqualTo("Danh sách xếp loại Tháng 2026-05 của «" + agencyName() + "» chưa được công bố.");
        assertThat(get("head", "/api/appraisal-cycles/" + cycle + "/published").getStatus()).isEqualTo(409);
        assertThat(get("expert", "/api/appraisal-cycles/" + cycle + "/published").getStatus()).isEqualTo(409);
        assertThat(get("staff", "/api/appraisal-cycles/" + cycle + "/published.xlsx").getStatus()).isEqualTo(409);

        assertThat(json("admin", "/api/appraisal-cycles/" + cycle + "/published").path("published").asBoolean()).isFalse();
        MockHttpServletResponse draft = get("hr", "/api/appraisal-cycles/" + cycle + "/published.xlsx");
        assertThat(draft.getStatus()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(draft.getContentAsByteArray()))) {
            assertThat(workbook.getSheet("Danh sách xếp loại").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Danh sách xếp loại chất lượng Tháng 2026-05 — " + agencyName() + " (bản xem trước, chưa công bố)");
        }
        JsonNode preview = json("hr", "/api/appraisal-cycles/" + cycle + "/published");
        assertThat(preview.path("published").asBoolean()).isFalse();
        assertThat(codes(preview)).containsExactly("CB17", "CB19");
        assertThat(person(preview, "CB19").path("rating").asString()).isEqualTo(other);
        assertThat(person(preview, "CB17").path("rating").isNull()).isTrue();
        assertThat(get("staff", "/api/appraisal-cycles/999999/published").getStatus()).isEqualTo(404);
    }

    @Test
    void shouldShowEveryoneOfTheAgencyThePublishedListWithoutOthersReasonsOrScores() throws Exception {
        rows.decision(appraisal, other, "Chậm tiến độ đề tài cấp tỉnh", "DECISION", null, "director");
        rows.decision(jdbc.sql("SELECT id FROM appraisals WHERE cycle_id = ? AND id <> ?").params(cycle, appraisal)
                .query(Long.class).single(), "HTTNV", null, "DECISION", null, "director");
        rows.publish(cycle);
        for (String user : List.of("staff", "head", "hr", "expert", "admin")) {
            JsonNode list = json(user, "/api/appraisal-cycles/" + cycle + "/published");
            assertThat(list.path("published").asBoolean()).as(user).isTrue();
            assertThat(list.path("period").asString()).isEqualTo(PERIOD);
            assertThat(list.path("periodLabel").asString()).isEqualTo("Tháng 2026-05");
            assertThat(list.path("publishedBy").asString()).isEqualTo("hr");
            assertThat(codes(list)).as(user).containsExactly("CB17", "CB19");
            JsonNode cb19 = person(list, "CB19");
            assertThat(cb19.path("rating").asString()).isEqualTo(other);
            assertThat(cb19.path("unit").asString()).isEqualTo("QLKH");
            assertThat(cb19.path("name").asString()).isEqualTo(name("CB19"));
            List<String> fields = new ArrayList<>();
            cb19.propertyNames().forEach(fields::add);
            assertThat(fields).containsExactly("code", "name", "unit", "unitName", "rating", "ratingLabel");
        }
    }

    @Test
    void shouldRefuseTheListAndFormsOfAnotherAgencyToItsOutsiders() throws Exception {
        String tdcPerson = jdbc.sql("SELECT e.code FROM employees e JOIN units u ON u.id = e.unit_id WHERE u.code = 'TDC'"
                + " AND e.id IN (SELECT employee_id FROM run_results rr JOIN latest_completed_runs l ON l.run_id = rr.run_id"
                + " JOIN periods p ON p.id = l.period_id WHERE p.code = ?) ORDER BY e.code FETCH FIRST 1 ROWS ONLY")
                .param(PERIOD).query(String.class).single();
        long tdc = rows.cycle(PERIOD, tdcPerson);
        long theirs = rows.appraisal(tdc, tdcPerson, "DECIDED");
        rows.decision(theirs, "HTTNV", null, "DECISION", null, "director");
        rows.publish(tdc);
        for (String user : List.of("staff", "head")) {
            MockHttpServletResponse refused = get(user, "/api/appraisal-cycles/" + tdc + "/published");
            assertThat(refused.getStatus()).as(user).isEqualTo(403);
            assertThat(JSON.readTree(refused.getContentAsString(StandardCharsets.UTF_8)).path("detail").asString())
                    .isEqualTo("Bạn chỉ xem được danh sách xếp loại của cơ quan, đơn vị mình; không xem được danh sách của «TDC».");
            assertThat(get(user, "/api/appraisal-cycles/" + tdc + "/published.xlsx").getStatus()).as(user).isEqualTo(403);
            assertThat(get(user, "/api/appraisals/" + theirs + "/form.pdf").getStatus()).as(user).isEqualTo(403);
        }
        assertThat(codes(json("expert", "/api/appraisal-cycles/" + tdc + "/published"))).containsExactly(tdcPerson);
        assertThat(get("hr", "/api/appraisals/" + theirs + "/form.pdf").getStatus()).isEqualTo(200);
    }

    @Test
    void shouldExportThePublishedListAsAWorkbook() throws Exception {
        rows.decision(appraisal, other, "Chậm tiến độ đề tài cấp tỉnh", "DECISION", null, "director");
        rows.publish(cycle);
        MockHttpServletResponse response = get("staff", "/api/appraisal-cycles/" + cycle + "/published.xlsx");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.getHeader("Content-Disposition")).contains("xep-loai-2026-05-" + agencyCode() + ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheet("Danh sách xếp loại");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Danh sách xếp loại chất lượng Tháng 2026-05 — " + agencyName());
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Công bố ngày 2026-06-13, bởi hr");
            assertThat(cells(sheet.getRow(2))).containsExactly("STT", "Mã cán bộ", "Họ và tên", "Đơn vị", "Xếp loại", "Mức xếp loại");
            assertThat(cells(sheet.getRow(3))).containsExactly("1", "CB17", name("CB17"), "Phòng Quản lý khoa học",
                    "Chưa quyết định", "");
            assertThat(cells(sheet.getRow(4))).containsExactly("2", "CB19", name("CB19"), "Phòng Quản lý khoa học",
                    other, "HTNV".equals(other) ? "Hoàn thành nhiệm vụ" : "Hoàn thành tốt nhiệm vụ");
        }
    }

    @Test
    void shouldPrintTheAppraisalFormWithEveryStepItsActorAndText() throws Exception {
        rows.step(appraisal, "SELF_ASSESSMENT", "staff", "Hoàn thành 5/5 nhiệm vụ được giao, trong đó 2 nhiệm vụ vượt tiến độ.",
                "{\"proposedRating\":\"HTXSNV\",\"criteria\":{\"politics\":7.5,\"ethics\":7.5,\"style\":7,\"discipline\":7.5},"
                        + "\"assignmentComments\":[{\"assignment\":41,\"indicator\":\"KH01\",\"indicatorName\":\"Đề tài nghiệm thu\","
                        + "\"comment\":\"Nghiệm thu 2 đề tài trước hạn\"}]}", true);
        rows.step(appraisal, "UNIT_REVIEW", "head", "Tập thể phòng thống nhất đề nghị mức hoàn thành tốt nhiệm vụ.",
                "{\"meetingDate\":\"2026-06-07\",\"present\":12,\"proposedRating\":\"HTTNV\",\"selfAssessed\":true}", false);
        long first = rows.decision(appraisal, other, "Chậm tiến độ đề tài cấp tỉnh", "DECISION", null, "director");
        rows.step(appraisal, "DECISION", "director", "Chậm tiến độ đề tài cấp tỉnh", "{\"decision\":" + first
                + ",\"rating\":\"" + other + "\",\"cause\":\"DECISION\",\"replaces\":null}", false);
        rows.publish(cycle);
        long upheld = rows.decision(appraisal, proposed, "Tiến độ chậm do cơ quan phối hợp, không do cá nhân",
                "COMPLAINT_UPHELD", first, "director");
        rows.complaint(appraisal, first, "Đề tài chậm vì đơn vị phối hợp chưa bàn giao số liệu.", "UPHELD", "director",
                "Tiến độ chậm do cơ quan phối hợp, không do cá nhân", upheld);

        MockHttpServletResponse response = get("staff", "/api/appraisals/" + appraisal + "/form.pdf");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        String text = text(response.getContentAsByteArray());
        assertThat(text).contains(
                "PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÁN BỘ, CÔNG CHỨC",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Tháng 2026-05",
                "Họ và tên " + name("CB19") + " (CB19)",
                "Đơn vị công tác Phòng Quản lý khoa học",
                "Xếp loại đề xuất " + AppraisalForms.rating(proposed),
                "Cá nhân tự đánh giá — staff, 10/06/2026 09:30 (nộp muộn)",
                "Hoàn thành 5/5 nhiệm vụ được giao, trong đó 2 nhiệm vụ vượt tiến độ.",
                "Đề xuất xếp loại HTXSNV",
                "Tự chấm tiêu chí chung Chính trị tư tưởng: 7,5; Đạo đức, lối sống: 7,5; Tác phong, lề lối làm việc: 7;"
                        + " Ý thức tổ chức kỷ luật: 7,5",
                "Nhận xét từng nhiệm vụ – Mã giao việc: 41; Chỉ tiêu: KH01; Tên chỉ tiêu: Đề tài nghiệm thu; Nhận xét: Nghiệm thu"
                        + " 2 đề tài trước hạn",
                "Ý kiến nhận xét của tập thể đơn vị — head, 10/06/2026 09:30",
                "Ngày họp 2026-06-07", "Số người dự họp 12", "Đề xuất xếp loại HTTNV", "Đã tự đánh giá Có",
                "Số quyết định " + first + " Xếp loại " + other + " Căn cứ Quyết định xếp loại",
                "Quyết định của người có thẩm quyền — director, 10/06/2026 09:30",
                AppraisalForms.rating(other), "Chậm tiến độ đề tài cấp tỉnh",
                "Chấp nhận khiếu nại", "(thay quyết định số " + first + ")",
                "Tiến độ chậm do cơ quan phối hợp, không do cá nhân",
                "Khiếu nại — staff, 15/06/2026 09:30; hạn giải quyết 15/07/2026; Được chấp nhận",
                "Đề tài chậm vì đơn vị phối hợp chưa bàn giao số liệu.",
                "Giải quyết — director, 30/06/2026 09:30");
    }

    @Test
    void shouldPrintATextTypedWithACharacterXmlDoesNotAllow() throws Exception {
        rows.step(appraisal, "SELF_ASSESSMENT", "staff", "Báo cáo\u0007 quý 2 đã nộp", "{}", false);
        MockHttpServletResponse response = get("hr", "/api/appraisals/" + appraisal + "/form.pdf");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(text(response.getContentAsByteArray())).contains("Báo cáo quý 2 đã nộp");
    }

    @Test
    void shouldGiveTheFormOnlyToThePersonOncePublishedTheirHeadsAndHr() throws Exception {
        rows.decision(appraisal, other, "Chậm tiến độ đề tài cấp tỉnh", "DECISION", null, "director");
        String form = "/api/appraisals/" + appraisal + "/form.pdf";
        MockHttpServletResponse early = get("staff", form);
        assertThat(early.getStatus()).isEqualTo(409);
        assertThat(JSON.readTree(early.getContentAsString(StandardCharsets.UTF_8)).path("detail").asString())
                .isEqualTo("Kết quả kỳ này chưa được công bố: phiếu đánh giá của bạn xem được sau khi công bố.");
        assertThat(get("head", form).getStatus()).isEqualTo(200);
        assertThat(get("hr", form).getStatus()).isEqualTo(200);
        assertThat(get("admin", form).getStatus()).isEqualTo(200);
        MockHttpServletResponse expert = get("expert", form);
        assertThat(expert.getStatus()).isEqualTo(403);
        assertThat(JSON.readTree(expert.getContentAsString(StandardCharsets.UTF_8)).path("detail").asString())
                .isEqualTo("Bạn chỉ xem được phiếu đánh giá của chính mình hoặc của cán bộ thuộc đơn vị mình phụ trách;"
                        + " không xem được phiếu của «CB19».");
        long head = jdbc.sql("SELECT id FROM appraisals WHERE cycle_id = ? AND id <> ?").params(cycle, appraisal)
                .query(Long.class).single();
        assertThat(get("staff", "/api/appraisals/" + head + "/form.pdf").getStatus()).isEqualTo(403);
        rows.publish(cycle);
        assertThat(get("staff", form).getStatus()).isEqualTo(200);
        assertThat(get("staff", "/api/appraisals/" + head + "/form.pdf").getStatus()).isEqualTo(403);
        assertThat(get("hr", "/api/appraisals/999999/form.pdf").getStatus()).isEqualTo(404);
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    static List<String> cells(Row row) {
        List<String> out = new ArrayList<>();
        row.forEach(cell -> out.add(switch (cell.getCellType()) {
            case NUMERIC -> String.valueOf((long) cell.getNumericCellValue());
            default -> cell.getStringCellValue();
        }));
        while (out.size() < 6) {
            out.add("");
        }
        return out;
    }

    static List<String> codes(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.path("items").forEach(item -> out.add(item.path("code").asString()));
        return out;
    }

    static JsonNode person(JsonNode list, String code) {
        for (JsonNode item : list.path("items")) {
            if (item.path("code").asString().equals(code)) {
                return item;
            }
        }
        throw new AssertionError(code);
    }

    String name(String code) {
        return jdbc.sql("SELECT full_name FROM employees WHERE code = ?").param(code).query(String.class).single();
    }

    String agencyName() {
        return jdbc.sql("SELECT u.name FROM appraisal_cycles c JOIN units u ON u.id = c.agency_id WHERE c.id = ?")
                .param(cycle).query(String.class).single();
    }

    String agencyCode() {
        return jdbc.sql("SELECT u.code FROM appraisal_cycles c JOIN units u ON u.id = c.agency_id WHERE c.id = ?")
                .param(cycle).query(String.class).single();
    }

    JsonNode json(String user, String path) throws Exception {
        MockHttpServletResponse response = get(user, path);
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(user + " " + body).isEqualTo(200);
        return JSON.readTree(body);
    }

    MockHttpServletResponse get(String user, String path) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                .with(httpBasic(user, "demo"))).andReturn().getResponse();
    }
}
