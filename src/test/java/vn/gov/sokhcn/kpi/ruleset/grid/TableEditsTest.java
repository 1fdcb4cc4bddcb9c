package vn.gov.sokhcn.kpi.ruleset.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.gov.sokhcn.kpi.system.FieldProblem;
import vn.gov.sokhcn.kpi.system.InvalidRequestException;

/** The grid's writer on the shipped workbooks: values, rows, styles, validations and the test sheets kept. */
class TableEditsTest {
    static final String XEP_LOAI = "decision-tables/xep-loai.drl.xlsx";
    static final String CHE_DO = "decision-tables/che-do-ap-dung.drl.xlsx";
    private static final DataFormatter FORMAT = new DataFormatter();

    static byte[] shipped(String path) throws IOException {
        return Files.readAllBytes(Path.of(path));
    }

    /** The rating column of «Khung điểm» bound to a list, as an HR officer's workbook may have it. */
    static byte[] withRatingList() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(shipped(XEP_LOAI)))) {
            Sheet sheet = book.getSheet("Khung điểm");
            DataValidationHelper helper = sheet.getDataValidationHelper();
            DataValidation list = helper.createValidation(helper.createExplicitListConstraint(
                    new String[]{"HTXSNV", "HTTNV", "HTNV", "KHTNV"}), new CellRangeAddressList(10, 21, 5, 5));
            sheet.addValidationData(list);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    static String text(XSSFWorkbook book, String sheet, String cell) {
        CellReference ref = new CellReference(cell);
        Row row = book.getSheet(sheet).getRow(ref.getRow());
        return row == null || row.getCell(ref.getCol()) == null ? "" : FORMAT.formatCellValue(row.getCell(ref.getCol()));
    }

    static short style(XSSFWorkbook book, String sheet, String cell) {
        CellReference ref = new CellReference(cell);
        return book.getSheet(sheet).getRow(ref.getRow()).getCell(ref.getCol()).getCellStyle().getIndex();
    }

    static List<String> all(XSSFWorkbook book, String sheet) {
        List<String> cells = new ArrayList<>();
        book.getSheet(sheet).forEach(r -> r.forEach(c -> cells.add(c.getAddress() + "=" + FORMAT.formatCellValue(c) + "#"
                + c.getCellStyle().getIndex())));
        return cells;
    }

    static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    static RowEdit change(int row, String column, String value) {
        return new RowEdit(row, null, false, Map.of(column, value));
    }

    @Test
    void shouldChangeANumberARatingAndAFlagKeepingStylesAndTheTestSheet() throws IOException {
        byte[] before = shipped(XEP_LOAI);
        byte[] after = TableEdits.apply(before, XEP_LOAI, "Khung điểm", List.of(change(20, "D", "75"), change(21, "E", "75"),
                change(20, "F", "HTXSNV")));
        byte[] flag = TableEdits.apply(after, XEP_LOAI, "Thời gian công tác", List.of(change(12, "H", "Không")));

        try (XSSFWorkbook original = open(before); XSSFWorkbook edited = open(flag)) {
            assertThat(edited.getSheet("Khung điểm").getRow(19).getCell(3).getNumericCellValue()).isEqualTo(75.0);
            assertThat(text(edited, "Khung điểm", "E21")).isEqualTo("75");
            assertThat(text(edited, "Khung điểm", "F20")).isEqualTo("HTXSNV");
            assertThat(text(edited, "Thời gian công tác", "H12")).isEqualTo("Không");
            for (String cell : List.of("D20", "E21", "F20", "B9", "B6")) {
                assertThat(style(edited, "Khung điểm", cell)).isEqualTo(style(original, "Khung điểm", cell));
            }
            assertThat(all(edited, "Kiểm thử")).isEqualTo(all(original, "Kiểm thử"));
            assertThat(all(edited, "Vi phạm")).isEqualTo(all(original, "Vi phạm"));
            assertThat(edited.getSheet("Khung điểm").getMergedRegions()).isEqualTo(original.getSheet("Khung điểm").getMergedRegions());
            assertThat(edited.getSheet("Khung điểm").getColumnWidth(1)).isEqualTo(original.getSheet("Khung điểm").getColumnWidth(1));
        }
    }

    @Test
    void shouldChangeADate() throws IOException {
        byte[] after = TableEdits.apply(shipped(CHE_DO), CHE_DO, "Chế độ áp dụng", List.of(change(12, "E", "2026-02-01")));

        try (XSSFWorkbook edited = open(after)) {
            assertThat(text(edited, "Chế độ áp dụng", "E12")).isEqualTo("2026-02-01");
            assertThat(text(edited, "Chế độ áp dụng", "D13")).isEqualTo("2026-01-01");
        }
    }

    @Test
    void shouldAddAndRemoveRowsCarryingStylesAndTheListValidation() throws IOException {
        byte[] before = withRatingList();
        byte[] after = TableEdits.apply(before, XEP_LOAI, "Khung điểm", List.of(
                new RowEdit(11, null, true, null),
                new RowEdit(null, 22, false, Map.of("B", "Xuất sắc", "C", "DECREE_99", "D", "90", "F", "HTXSNV")),
                new RowEdit(null, 22, false, Map.of("B", "Tốt", "C", "DECREE_99", "D", "70", "E", "90", "F", "HTTNV"))));

        try (XSSFWorkbook original = open(before); XSSFWorkbook edited = open(after)) {
            Sheet sheet = edited.getSheet("Khung điểm");
            assertThat(text(edited, "Khung điểm", "C11")).isEqualTo("PILOT_2023");
            assertThat(text(edited, "Khung điểm", "D11")).isEqualTo("70");
            assertThat(text(edited, "Khung điểm", "C21")).isEqualTo("DECREE_335");
            assertThat(text(edited, "Khung điểm", "B22")).isEqualTo("Xuất sắc");
            assertThat(text(edited, "Khung điểm", "C22")).isEqualTo("DECREE_99");
            assertThat(sheet.getRow(21).getCell(3).getNumericCellValue()).isEqualTo(90.0);
            assertThat(text(edited, "Khung điểm", "B23")).isEqualTo("Tốt");
            assertThat(text(edited, "Khung điểm", "E23")).isEqualTo("90");
            assertThat(text(edited, "Khung điểm", "B24")).isEmpty();
            assertThat(style(edited, "Khung điểm", "D23")).isEqualTo(style(original, "Khung điểm", "D22"));
            assertThat(style(edited, "Khung điểm", "E22")).isEqualTo(style(original, "Khung điểm", "E22"));
            assertThat(sheet.getDataValidations()).hasSize(1);
            assertThat(sheet.getDataValidations().get(0).getRegions().getCellRangeAddresses())
                    .containsExactly(CellRangeAddress.valueOf("F11:F23"));
            assertThat(sheet.getDataValidations().get(0).getValidationConstraint().getExplicitListValues())
                    .containsExactly("HTXSNV", "HTTNV", "HTNV", "KHTNV");
            assertThat(all(edited, "Kiểm thử")).isEqualTo(all(original, "Kiểm thử"));
        }
    }

    @Test
    void shouldOfferTheWorkbooksListAndRatingCodesAsTheAllowedValues() throws IOException {
        try (XSSFWorkbook book = open(withRatingList())) {
            Sheet sheet = book.getSheet("Khung điểm");
            TableGrid grid = GridReader.read(1, XEP_LOAI, sheet, vn.gov.sokhcn.kpi.ruleset.TableLayout.of(sheet).orElseThrow(), true);
            List<GridColumn> columns = grid.tables().get(0).columns();
            assertThat(columns).extracting(GridColumn::type).containsExactly(GridColumn.Type.TEXT, GridColumn.Type.TEXT,
                    GridColumn.Type.NUMBER, GridColumn.Type.NUMBER, GridColumn.Type.LIST);
            assertThat(columns.get(4).allowed()).containsExactly("HTXSNV", "HTTNV", "HTNV", "KHTNV");
            assertThat(grid.tables().get(0).rows().get(1).cells().get(2)).isEqualTo(new TableGrid.Cell("D12", "70"));
            assertThat(grid.codeRows().get(0).cells().get(0)).isEqualTo(new TableGrid.Cell("B1", "RuleSet"));
        }
        try (XSSFWorkbook book = open(shipped(XEP_LOAI))) {
            Sheet sheet = book.getSheet("Thời gian công tác");
            TableGrid grid = GridReader.read(1, XEP_LOAI, sheet, vn.gov.sokhcn.kpi.ruleset.TableLayout.of(sheet).orElseThrow(), true);
            assertThat(grid.tables().get(0).columns()).extracting(GridColumn::type).endsWith(GridColumn.Type.FLAG, GridColumn.Type.RATING);
        }
    }

    @Test
    void shouldRefuseAWordInANumberColumnWithTheUploadsMessageAtTheCell() {
        assertThatThrownBy(() -> TableEdits.apply(shipped(XEP_LOAI), XEP_LOAI, "Khung điểm", List.of(change(12, "D", "bảy mươi"))))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problems()).containsExactly(new FieldProblem(
                        XEP_LOAI + "!Khung điểm!D12", "Cột «Điểm từ (≥)»: cần một số (ví dụ 90 hoặc 72.5) ở ô D12; đang có «bảy mươi»: "
                        + "là chữ, không phải số")));
    }

    @Test
    void shouldRefuseAFlagARatingOrADateOutsideTheirType() {
        assertThatThrownBy(() -> TableEdits.apply(shipped(XEP_LOAI), XEP_LOAI, "Thời gian công tác", List.of(change(12, "H", "Co"),
                change(13, "I", "TOT"))))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problems()).extracting(FieldProblem::message)
                        .containsExactly("Tệp xep-loai.drl.xlsx, trang «Thời gian công tác», ô H12: Cột «Nghỉ thai sản»: giá trị \"Co\" "
                                        + "không hợp lệ; chỉ được ghi Có hoặc Không",
                                "Tệp xep-loai.drl.xlsx, trang «Thời gian công tác», ô I13: Cột «Kết quả tối đa»: Mã xếp loại không "
                                        + "hợp lệ: \"TOT\" (chỉ được dùng HTXSNV, HTTNV, HTNV, KHTNV hoặc NOT_RATED)"));
        assertThatThrownBy(() -> TableEdits.apply(shipped(CHE_DO), CHE_DO, "Chế độ áp dụng", List.of(change(12, "E", "1/2/2026"))))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactly(CHE_DO + "!Chế độ áp dụng!E12"));
    }

    @Test
    void shouldRefuseAnEditOfACodeRowOrAReadOnlyColumnOrARowLeftEmpty() {
        assertThatThrownBy(() -> TableEdits.apply(shipped(XEP_LOAI), XEP_LOAI, "Khung điểm", List.of(change(9, "D", "row.x();"))))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problems()).extracting(FieldProblem::message)
                        .containsExactly("Tệp xep-loai.drl.xlsx, trang «Khung điểm», ô A9: Dòng 9 không phải dòng dữ liệu của bảng "
                                + "(dòng mã màu xám, nhãn hay thuộc tính chỉ đọc); không sửa được"));
        assertThatThrownBy(() -> TableEdits.apply(shipped(XEP_LOAI), XEP_LOAI, "Khung điểm", List.of(new RowEdit(null, 22, false,
                Map.of()))))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactly(XEP_LOAI + "!Khung điểm!B23"));
    }
}
