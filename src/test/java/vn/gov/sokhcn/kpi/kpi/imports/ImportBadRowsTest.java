package vn.gov.sokhcn.kpi.kpi.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A file with bad rows changes nothing and names every bad cell: row, column letter, header, key, message. */
@SpringBootTest(properties = ImportTests.CONTEXT)
@AutoConfigureMockMvc
class ImportBadRowsTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    ImportFixture fixture;

    @BeforeEach
    void data() {
        fixture = new ImportFixture(jdbc);
        fixture.reset();
    }

    @Test
    void shouldReportEveryBadCellOfEveryRowAndWriteNothing() throws Exception {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Nhập liệu");
            Row header = sheet.createRow(0);
            for (ImportColumn c : ImportColumn.values()) {
                header.createCell(c.ordinal()).setCellValue(c.header());
            }
            row(sheet, 1, "CB001", null, "TTHC_DUNG_HAN", 95, 60).set(ImportColumn.ACTUAL_VALUE, 90);
            row(sheet, 2, "CB999", null, "TTHC_DUNG_HAN", 95, 60);
            row(sheet, 3, "CB001", "PKH", "BC_DUNG_HAN", null, 10);
            row(sheet, 4, "CB002", null, "TTHC_DUNG_HAN", "abc", 0);
            row(sheet, 5, "CB001", null, "NV_GIAO", null, 40).set(ImportColumn.ACTUAL_VALUE, 5)
                    .set(ImportColumn.TASKS_ASSIGNED, 10).set(ImportColumn.TASKS_DONE, 12)
                    .set(ImportColumn.TASKS_AT_QUALITY, 8).set(ImportColumn.TASKS_ON_TIME, 7);
            row(sheet, 6, "CB001", null, "TTHC_DUNG_HAN", 95, 60);
            row(sheet, 7, null, "VP", "BC_DUNG_HAN", null, 100).set(ImportColumn.PERIOD_CODE, "2026-02")
                    .set(ImportColumn.ACTUAL_VALUE, 2);
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
            row(sheet, 8, "CB002", null, "KHONG_CO", 10, 0.5).set(ImportColumn.ACTUAL_VALUE, -1)
                    .row.getCell(ImportColumn.WEIGHT.ordinal()).setCellStyle(percent);
            row(sheet, 9, "CB009", null, "TTHC_DUNG_HAN", 95, null);
            row(sheet, 10, "CB002", null, null, null, null).set(ImportColumn.HOLDER_NAME, "Trần Thị Bình");
            row(sheet, 11, null, "PKH", "TTHC_DUNG_HAN", 98, 100).set(ImportColumn.TASKS_ASSIGNED, 3)
                    .set(ImportColumn.POLARITY, "Đếm sản phẩm");
            file = ImportTests.bytes(workbook);
        }
        long assignments = fixture.count("assignments");
        long measurements = fixture.count("measurements");

        String body = ImportTests.upload(mvc, "loi.xlsx", file)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:kpi:problem:invalid-import"))
                .andExpect(jsonPath("$.title").value("Tệp nhập có lỗi"))
                .andExpect(jsonPath("$.detail").value("Tệp có 16 lỗi ở 9 dòng; không dữ liệu nào được ghi."))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(errors(body)).containsExactly(
                "3|B|Mã cán bộ|employeeCode|Không có cán bộ mã «CB999»",
                "4|C|Mã đơn vị|unitCode|Chỉ điền một trong hai cột «Mã cán bộ» và «Mã đơn vị»",
                "5|J|Chỉ tiêu|target|«abc» không phải là số",
                "5|K|Trọng số|weight|Trọng số phải lớn hơn 0",
                "6|N|Thực hiện|actualValue|Chỉ số đếm sản phẩm: để trống «Thực hiện», điền các cột số sản phẩm",
                "6|P|Số hoàn thành|tasksDone|Số hoàn thành (12) lớn hơn số được giao (10)",
                "7|F|Mã chỉ số|indicatorCode|Trùng với dòng 2: cùng cán bộ và chỉ số",
                "8|A|Kỳ đánh giá|periodCode|Dòng thuộc kỳ «2026-02», không phải kỳ «2026-03» đang nhập",
                "8|N|Thực hiện|actualValue|Chỉ số hoàn thành / không chỉ nhận 1 (hoàn thành) hoặc 0",
                "9|F|Mã chỉ số|indicatorCode|Không có chỉ số mã «KHONG_CO»",
                "9|K|Trọng số|weight|Ô đang ở dạng phần trăm; hãy nhập số thuần (ví dụ 50, không phải 50%)",
                "9|N|Thực hiện|actualValue|Không được âm",
                "10|B|Mã cán bộ|employeeCode|Cán bộ «CB009» không công tác trong kỳ «2026-03»",
                "10|K|Trọng số|weight|Thiếu trọng số",
                "12|H|Chiều đánh giá|polarity|Chỉ số «TTHC_DUNG_HAN» có chiều đánh giá «Càng cao càng tốt», không phải «Đếm sản phẩm»",
                "12|O|Số sản phẩm được giao|tasksAssigned|Chỉ số «TTHC_DUNG_HAN» không đếm sản phẩm: để trống cột này, điền «Thực hiện»");
        assertThat(fixture.count("assignments")).isEqualTo(assignments);
        assertThat(fixture.count("measurements")).isEqualTo(measurements);
        assertThat(fixture.measurement("PKH", "TTHC_DUNG_HAN")).containsEntry("ENTERED_BY", "Hà Thị Dung");
    }

    @Test
    void shouldNameTheColumnsOfACsvFileByLetterAndHeaderToo() throws Exception {
        String csv = "\uFEFFMã chỉ số,Trọng số,Mã cán bộ,Thực hiện\nTTHC_DUNG_HAN,50,,80\nTTHC_DUNG_HAN,50,CB002,\"8,5,1\"\n";
        String body = ImportTests.upload(mvc, "loi.csv", csv.getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(errors(body)).containsExactly(
                "2|null|Chỉ tiêu|target|Thiếu chỉ tiêu",
                "2|C|Mã cán bộ|employeeCode|Thiếu đối tượng được giao: điền «Mã cán bộ» hoặc «Mã đơn vị»",
                "3|null|Chỉ tiêu|target|Thiếu chỉ tiêu",
                "3|D|Thực hiện|actualValue|«8,5,1» không phải là số");
        assertThat(fixture.count("assignments")).isEqualTo(3);
    }

    @Test
    void shouldRefuseAFractionOfAWholeCountNamingItsCell() throws Exception {
        jdbc.update("""
                INSERT INTO indicators (code, name, kind, polarity, unit_of_measure, frequency, owner_level)
                VALUES ('NV_NGHIEM_THU', 'Số nhiệm vụ được nghiệm thu', 'KPI', 'HIGHER_IS_BETTER', 'nhiệm vụ', 'MONTH', 'PERSON')""");
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Nhập liệu");
            Row header = sheet.createRow(0);
            for (ImportColumn c : ImportColumn.values()) {
                header.createCell(c.ordinal()).setCellValue(c.header());
            }
            row(sheet, 1, "CB001", null, "NV_GIAO", null, 40).set(ImportColumn.TASKS_ASSIGNED, 10)
                    .set(ImportColumn.TASKS_DONE, 8).set(ImportColumn.TASKS_AT_QUALITY, 7.5).set(ImportColumn.TASKS_ON_TIME, 7);
            row(sheet, 2, "CB002", null, "NV_NGHIEM_THU", 4, 60).set(ImportColumn.ACTUAL_VALUE, 3.5);
            row(sheet, 3, "CB001", null, "NV_NGHIEM_THU", 4, 60).set(ImportColumn.ACTUAL_VALUE, 3);
            file = ImportTests.bytes(workbook);
        }
        long measurements = fixture.count("measurements");

        String body = ImportTests.upload(mvc, "phan-so.xlsx", file).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(errors(body)).containsExactly(
                "2|Q|Số đạt chất lượng|tasksAtQuality|Số sản phẩm phải là số nguyên (đếm từng sản phẩm), không phải 7,5",
                "3|N|Thực hiện|actualValue|Chỉ số «NV_NGHIEM_THU» tính bằng «nhiệm vụ» nên giá trị thực hiện phải là số nguyên, "
                        + "không phải 3,5");
        assertThat(fixture.count("measurements")).isEqualTo(measurements);
    }

    @Test
    void shouldReportColumnsTheTemplateDoesNotHaveAndColumnsItNeeds() throws Exception {
        String csv = "Mã cán bộ,Mã chỉ số,Điểm thưởng,Mã chỉ số\nCB001,TTHC_DUNG_HAN,5,TTHC_DUNG_HAN\n";
        String body = ImportTests.upload(mvc, "cot.csv", csv.getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:kpi:problem:invalid-import"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(errors(body)).containsExactly(
                "1|null|Trọng số|weight|Thiếu cột «Trọng số»",
                "1|C|Điểm thưởng|null|Cột «Điểm thưởng» không có trong mẫu nhập",
                "1|D|Mã chỉ số|indicatorCode|Cột «Mã chỉ số» lặp lại (đã có ở cột B)");
    }

    private static List<String> errors(String body) {
        List<String> lines = new java.util.ArrayList<>();
        for (JsonNode e : JsonMapper.builder().build().readTree(body).get("errors")) {
            lines.add(e.get("row").asInt() + "|" + text(e.get("column")) + "|" + text(e.get("header")) + "|"
                    + text(e.get("field")) + "|" + text(e.get("message")));
        }
        return lines;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "null" : node.asString();
    }

    private static Cells row(Sheet sheet, int index, String employee, String unit, String indicator, Object target, Object weight) {
        Cells cells = new Cells(sheet.createRow(index));
        return cells.set(ImportColumn.EMPLOYEE_CODE, employee).set(ImportColumn.UNIT_CODE, unit)
                .set(ImportColumn.INDICATOR_CODE, indicator).set(ImportColumn.TARGET, target).set(ImportColumn.WEIGHT, weight);
    }

    private record Cells(Row row) {
        Cells set(ImportColumn column, Object value) {
            if (value != null) {
                ImportTests.set(row, column, value);
            }
            return this;
        }
    }
}
