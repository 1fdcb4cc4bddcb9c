package vn.gov.sokhcn.kpi.kpi.imports;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Helpers of the import tests: download a template, edit a workbook by header, upload a file. */
final class ImportTests {
    /** The Spring context of every import test (one context, its own in-memory database). */
    static final String CONTEXT = "kpi.imports.max-file-size=1MB";

    private ImportTests() {
    }

    static byte[] template(MockMvc mvc, String format) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get("/api/periods/{code}/import-template", ImportFixture.PERIOD)
                .param("format", format).with(httpBasic("hr", "demo"))).andReturn().getResponse().getContentAsByteArray();
    }

    static ResultActions upload(MockMvc mvc, String filename, byte[] bytes) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.multipart("/api/periods/{code}/imports", ImportFixture.PERIOD)
                .file(new MockMultipartFile("file", filename, MediaType.APPLICATION_OCTET_STREAM_VALUE, bytes))
                .with(httpBasic("hr", "demo")));
    }

    static XSSFWorkbook workbook(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        workbook.close();
        return out.toByteArray();
    }

    /** Every row of a sheet as the text of its cells (numbers as Excel shows them), up to the template's width. */
    static List<List<String>> rows(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < ImportColumn.values().length; c++) {
                Cell cell = row == null ? null : row.getCell(c);
                cells.add(cell == null ? "" : new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(cell));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The data row (1-based, as Excel numbers it) whose holder and indicator codes are these. */
    static Row find(Sheet sheet, String holder, String indicator) {
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String employee = text(row, ImportColumn.EMPLOYEE_CODE);
            String unit = text(row, ImportColumn.UNIT_CODE);
            if ((holder.equals(employee) || holder.equals(unit)) && indicator.equals(text(row, ImportColumn.INDICATOR_CODE))) {
                return row;
            }
        }
        throw new AssertionError("no row for " + holder + " / " + indicator);
    }

    static void set(Row row, ImportColumn column, Object value) {
        Cell cell = row.getCell(column.ordinal()) != null ? row.getCell(column.ordinal()) : row.createCell(column.ordinal());
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else {
            cell.setCellValue((String) value);
        }
    }

    private static String text(Row row, ImportColumn column) {
        Cell cell = row == null ? null : row.getCell(column.ordinal());
        return cell == null ? "" : cell.getStringCellValue();
    }
}
