package vn.gov.sokhcn.kpi.kpi.imports;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = ImportTests.CONTEXT)
@AutoConfigureMockMvc
class ImportTemplateTest {
    static final List<String> HEADERS = List.of("Kỳ đánh giá", "Mã cán bộ", "Mã đơn vị", "Tên cán bộ / đơn vị",
            "Đơn vị công tác", "Mã chỉ số", "Tên chỉ số", "Chiều đánh giá", "Đơn vị tính", "Chỉ tiêu", "Trọng số",
            "Ngưỡng tối thiểu", "Mức vượt", "Thực hiện", "Số sản phẩm được giao", "Số hoàn thành", "Số đạt chất lượng",
            "Số đúng hạn", "Số chậm hạn", "Số bị trả lại do sai sót lớn", "Nguyên nhân khách quan", "Nguồn số liệu",
            "Ghi chú minh chứng");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void data() {
        new ImportFixture(jdbc).reset();
    }

    @Test
    void shouldListEveryUnitAndEveryPersonOfThePeriodWithTheirAssignments() throws Exception {
        mvc.perform(get("/api/periods/2026-03/import-template").with(httpBasic("hr", "demo")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"mau-nhap-2026-03.xlsx\""));
        try (XSSFWorkbook workbook = ImportTests.workbook(ImportTests.template(mvc, "xlsx"))) {
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)))
                    .containsExactly("Nhập liệu", "Hướng dẫn", "Danh mục");
            List<List<String>> rows = ImportTests.rows(workbook.getSheet("Nhập liệu"));
            assertThat(rows.get(0)).containsExactlyElementsOf(HEADERS);
            assertThat(rows.subList(1, rows.size())).containsExactly(
                    row("", "PKH", "Phòng Kế hoạch - Tài chính", "", "TTHC_DUNG_HAN",
                            "Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn", "Càng cao càng tốt", "%", "98", "100",
                            "", "", "97", "", "", "", "", "", "", "Không", "Báo cáo một cửa", ""),
                    row("", "VP", "Văn phòng Sở", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""),
                    row("CB001", "", "Nguyễn Văn An", "Phòng Kế hoạch - Tài chính", "NV_GIAO", "Nhiệm vụ được giao hoàn thành",
                            "Đếm sản phẩm", "sản phẩm", "", "40", "", "", "", "", "", "", "", "", "", "", "", ""),
                    row("CB001", "", "Nguyễn Văn An", "Phòng Kế hoạch - Tài chính", "TTHC_DUNG_HAN",
                            "Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn", "Càng cao càng tốt", "%", "95", "60",
                            "", "", "", "", "", "", "", "", "", "", "", ""),
                    row("CB002", "", "Trần Thị Bình", "Văn phòng Sở", "", "", "", "", "", "", "", "", "", "", "", "", "",
                            "", "", "", "", ""));
        }
    }

    @Test
    void shouldFreezeAndStyleTheHeaderAndSizeTheColumns() throws Exception {
        try (XSSFWorkbook workbook = ImportTests.workbook(ImportTests.template(mvc, "xlsx"))) {
            Sheet sheet = workbook.getSheet("Nhập liệu");
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
            assertThat(sheet.getPaneInformation().getVerticalSplitLeftColumn()).isEqualTo((short) 4);
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getColumnWidth(ImportColumn.INDICATOR_NAME.ordinal())).isEqualTo(42 * 256);
            assertThat(workbook.getSheet("Hướng dẫn").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("HƯỚNG DẪN NHẬP GIAO CHỈ TIÊU VÀ SỐ LIỆU THỰC HIỆN — KỲ 2026-03");
        }
    }

    @Test
    void shouldOfferDropdownsFromTheCatalogueSheetWhereAValueComesFromAList() throws Exception {
        try (XSSFWorkbook workbook = ImportTests.workbook(ImportTests.template(mvc, "xlsx"))) {
            Map<String, String> lists = new TreeMap<>();
            Map<String, String> numbers = new TreeMap<>();
            for (DataValidation v : workbook.getSheet("Nhập liệu").getDataValidations()) {
                String columns = Arrays.stream(v.getRegions().getCellRangeAddresses()).map(r -> r.formatAsString())
                        .reduce((a, b) -> a + "," + b).orElseThrow();
                if (v.getValidationConstraint().getValidationType() == ValidationType.LIST) {
                    lists.put(columns, v.getValidationConstraint().getFormula1());
                } else {
                    numbers.put(columns, v.getValidationConstraint().getValidationType() + " " + v.getValidationConstraint().getFormula1());
                }
            }
            assertThat(lists).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                    "B2:B506", "DM_EMPLOYEES", "C2:C506", "DM_UNITS", "F2:F506", "DM_INDICATORS",
                    "H2:H506", "DM_POLARITIES", "U2:U506", "DM_YES_NO")));
            assertThat(numbers).hasSize(11).containsEntry("K2:K506", ValidationType.DECIMAL + " 0");
            assertThat(workbook.getName("DM_EMPLOYEES").getRefersToFormula()).isEqualTo("'Danh mục'!$A$2:$A$3");
            assertThat(workbook.getName("DM_YES_NO").getRefersToFormula()).isEqualTo("'Danh mục'!$M$2:$M$3");
            List<List<String>> catalogue = ImportTests.rows(workbook.getSheet("Danh mục"));
            assertThat(catalogue.get(1).subList(0, 8)).containsExactly("CB001", "Nguyễn Văn An — Phòng Kế hoạch - Tài chính",
                    "", "PKH", "Phòng Kế hoạch - Tài chính", "", "BC_DUNG_HAN", "Nộp báo cáo tháng đúng hạn (Hoàn thành / không)");
            assertThat(catalogue.get(2).subList(0, 2)).containsExactly("CB002", "Trần Thị Bình — Văn phòng Sở");
            assertThat(catalogue).hasSize(6);
        }
    }

    @Test
    void shouldHandOutTheSameTemplateAsUtf8CsvWithAByteOrderMark() throws Exception {
        byte[] csv = mvc.perform(get("/api/periods/2026-03/import-template").with(httpBasic("hr", "demo")).header("Accept", "text/csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"mau-nhap-2026-03.csv\""))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(csv, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", HEADERS));
        assertThat(lines.get(1)).isEqualTo("2026-03,,PKH,Phòng Kế hoạch - Tài chính,,TTHC_DUNG_HAN,"
                + "Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn,Càng cao càng tốt,%,98,100,,,97,,,,,,,Không,Báo cáo một cửa,");
        assertThat(lines.get(3)).isEqualTo("2026-03,CB001,,Nguyễn Văn An,Phòng Kế hoạch - Tài chính,NV_GIAO,"
                + "Nhiệm vụ được giao hoàn thành,Đếm sản phẩm,sản phẩm,,40,,,,,,,,,,,,");
        assertThat(lines).hasSize(6);
        assertThat(ImportTests.template(mvc, "csv")).isEqualTo(csv);
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownPeriod() throws Exception {
        mvc.perform(get("/api/periods/2031-01/import-template").with(httpBasic("hr", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Không tìm thấy kỳ đánh giá «2031-01»"));
    }

    @Test
    void shouldRefuseAFormatOtherThanXlsxOrCsv() throws Exception {
        mvc.perform(get("/api/periods/2026-03/import-template").with(httpBasic("hr", "demo")).param("format", "pdf"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("format"))
                .andExpect(jsonPath("$.errors[0].message").value("Định dạng «pdf» không được hỗ trợ; chỉ nhận xlsx hoặc csv"));
    }

    private static List<String> row(String... cells) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of("2026-03"), Arrays.stream(cells)).toList();
    }
}
