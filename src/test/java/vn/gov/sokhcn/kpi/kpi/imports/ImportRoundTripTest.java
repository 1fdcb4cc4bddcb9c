package vn.gov.sokhcn.kpi.kpi.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
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
import org.springframework.test.web.servlet.ResultActions;

/** A template downloaded, filled in and uploaded again stores what was filled in, and only that. */
@SpringBootTest(properties = ImportTests.CONTEXT)
@AutoConfigureMockMvc
class ImportRoundTripTest {
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
    void shouldStoreTheFiguresFilledIntoTheDownloadedWorkbook() throws Exception {
        byte[] filled;
        try (XSSFWorkbook workbook = ImportTests.workbook(ImportTests.template(mvc, "xlsx"))) {
            Sheet sheet = workbook.getSheet("Nhập liệu");
            ImportTests.set(ImportTests.find(sheet, "CB001", "TTHC_DUNG_HAN"), ImportColumn.ACTUAL_VALUE, 93.5);
            Row tasks = ImportTests.find(sheet, "CB001", "NV_GIAO");
            ImportTests.set(tasks, ImportColumn.TASKS_ASSIGNED, 10);
            ImportTests.set(tasks, ImportColumn.TASKS_DONE, 9);
            ImportTests.set(tasks, ImportColumn.TASKS_AT_QUALITY, 8);
            ImportTests.set(tasks, ImportColumn.TASKS_ON_TIME, 7);
            ImportTests.set(tasks, ImportColumn.TASKS_LATE, 1);
            ImportTests.set(tasks, ImportColumn.OBJECTIVE_CAUSE, "Có");
            ImportTests.set(tasks, ImportColumn.EVIDENCE_NOTE, "Sổ theo dõi văn bản đến");
            ImportTests.set(ImportTests.find(sheet, "PKH", "TTHC_DUNG_HAN"), ImportColumn.ACTUAL_VALUE, 99);
            Row added = sheet.getRow(5);
            ImportTests.set(added, ImportColumn.INDICATOR_CODE, "TTHC_DUNG_HAN");
            ImportTests.set(added, ImportColumn.TARGET, 90);
            ImportTests.set(added, ImportColumn.WEIGHT, 100);
            ImportTests.set(added, ImportColumn.ACTUAL_VALUE, 88);
            filled = ImportTests.bytes(workbook);
        }

        expectCounts(ImportTests.upload(mvc, "so-lieu-thang-3.xlsx", filled), 4, 1, 0, 3, 3, 1, 0);
        assertThat(jdbc.queryForObject("SELECT action || ' ' || actor || ' ' || object_id || ': ' || detail FROM audit_events "
                + "WHERE action = 'IMPORT' ORDER BY id DESC LIMIT 1", String.class)).isEqualTo("IMPORT "
                + fixture.measurement("CB001", "NV_GIAO").get("ENTERED_BY") + " 2026-03: "
                + "Nhập tệp «so-lieu-thang-3.xlsx» cho kỳ «2026-03»: 4 dòng; giao chỉ tiêu thêm 1, sửa 0, giữ nguyên 3; "
                + "số liệu thêm 3, sửa 1, giữ nguyên 0");

        Map<String, Object> counts = fixture.measurement("CB001", "NV_GIAO");
        assertThat(counts).containsEntry("TASKS_ASSIGNED", new BigDecimal("10.00")).containsEntry("TASKS_DONE", new BigDecimal("9.00"))
                .containsEntry("TASKS_AT_QUALITY", new BigDecimal("8.00")).containsEntry("TASKS_ON_TIME", new BigDecimal("7.00"))
                .containsEntry("TASKS_LATE", new BigDecimal("1.00")).containsEntry("TASKS_FAILED_MAJOR_ERROR", null)
                .containsEntry("ACTUAL_VALUE", null).containsEntry("OBJECTIVE_CAUSE", true)
                .containsEntry("SOURCE", "Nhập từ tệp so-lieu-thang-3.xlsx").containsEntry("EVIDENCE_NOTE", "Sổ theo dõi văn bản đến")
                .containsEntry("ENTERED_BY", "hr");
        assertThat(fixture.measurement("CB001", "TTHC_DUNG_HAN")).containsEntry("ACTUAL_VALUE", new BigDecimal("93.5000"));
        assertThat(fixture.measurement("PKH", "TTHC_DUNG_HAN")).containsEntry("ACTUAL_VALUE", new BigDecimal("99.0000"))
                .containsEntry("SOURCE", "Báo cáo một cửa").containsEntry("ENTERED_BY", "hr");
        assertThat(fixture.assignment("CB002", "TTHC_DUNG_HAN")).containsEntry("TARGET", new BigDecimal("90.0000"))
                .containsEntry("WEIGHT", new BigDecimal("100.000"));
        assertThat(fixture.measurement("CB002", "TTHC_DUNG_HAN")).containsEntry("ACTUAL_VALUE", new BigDecimal("88.0000"));
        assertThat(fixture.count("assignments")).isEqualTo(4);
        assertThat(fixture.count("measurements")).isEqualTo(4);
    }

    @Test
    void shouldChangeNothingWhenTheSameFileIsImportedTwice() throws Exception {
        byte[] template = ImportTests.template(mvc, "xlsx");
        expectCounts(ImportTests.upload(mvc, "mau.xlsx", template), 3, 0, 0, 3, 0, 0, 1);
        Object enteredAt = fixture.measurement("PKH", "TTHC_DUNG_HAN").get("ENTERED_AT");
        assertThat(fixture.measurement("PKH", "TTHC_DUNG_HAN")).containsEntry("ENTERED_BY", "Hà Thị Dung");
        expectCounts(ImportTests.upload(mvc, "mau.xlsx", template), 3, 0, 0, 3, 0, 0, 1);
        assertThat(fixture.measurement("PKH", "TTHC_DUNG_HAN").get("ENTERED_AT")).isEqualTo(enteredAt);
    }

    @Test
    void shouldStoreTheFiguresOfACsvFileKeepingItsVietnameseText() throws Exception {
        String csv = new String(ImportTests.template(mvc, "csv"), StandardCharsets.UTF_8)
                .replace("Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn,Càng cao càng tốt,%,95,60,,,",
                        "Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn,Càng cao càng tốt,%,95,60,,,\"96,5\"")
                .replace("2026-03,CB002,,Trần Thị Bình,Văn phòng Sở,,,,,,,,,,,,,,,,,,",
                        "2026-03,CB002,,Trần Thị Bình,Văn phòng Sở,BC_DUNG_HAN,,,,,100,,,1,,,,,,,Không,Văn thư Sở,"
                                + "\"Biên bản kiểm tra số 12/BB-SKHCN, ngày 31/3\"");
        assertThat(csv.charAt(0)).isEqualTo('\uFEFF');

        expectCounts(ImportTests.upload(mvc, "số liệu.csv", csv.getBytes(StandardCharsets.UTF_8)), 4, 1, 0, 3, 2, 0, 1);

        assertThat(fixture.measurement("CB001", "TTHC_DUNG_HAN")).containsEntry("ACTUAL_VALUE", new BigDecimal("96.5000"))
                .containsEntry("SOURCE", "Nhập từ tệp số liệu.csv");
        assertThat(fixture.measurement("CB002", "BC_DUNG_HAN")).containsEntry("ACTUAL_VALUE", new BigDecimal("1.0000"))
                .containsEntry("SOURCE", "Văn thư Sở")
                .containsEntry("EVIDENCE_NOTE", "Biên bản kiểm tra số 12/BB-SKHCN, ngày 31/3");
    }

    @Test
    void shouldReadACsvSavedWithSemicolonsAndWithoutAByteOrderMarkByItsEnglishKeys() throws Exception {
        String csv = "employeeCode;indicatorCode;target;weight;actualValue\nCB002;TTHC_DUNG_HAN;90;100;91,25\n";
        expectCounts(ImportTests.upload(mvc, "script.csv", csv.getBytes(StandardCharsets.UTF_8)), 1, 1, 0, 0, 1, 0, 0);
        assertThat(fixture.measurement("CB002", "TTHC_DUNG_HAN")).containsEntry("ACTUAL_VALUE", new BigDecimal("91.2500"));
    }

    private static void expectCounts(ResultActions upload, int rows, int aCreated, int aUpdated, int aUnchanged,
                                     int mCreated, int mUpdated, int mUnchanged) throws Exception {
        upload.andExpect(status().isOk())
                .andExpect(jsonPath("$.period").value("2026-03"))
                .andExpect(jsonPath("$.rows").value(rows))
                .andExpect(jsonPath("$.assignmentsCreated").value(aCreated))
                .andExpect(jsonPath("$.assignmentsUpdated").value(aUpdated))
                .andExpect(jsonPath("$.assignmentsUnchanged").value(aUnchanged))
                .andExpect(jsonPath("$.measurementsCreated").value(mCreated))
                .andExpect(jsonPath("$.measurementsUpdated").value(mUpdated))
                .andExpect(jsonPath("$.measurementsUnchanged").value(mUnchanged));
    }
}
