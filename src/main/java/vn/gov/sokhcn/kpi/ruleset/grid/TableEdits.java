package vn.gov.sokhcn.kpi.ruleset.grid;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.gov.sokhcn.kpi.ruleset.CellLiterals;
import vn.gov.sokhcn.kpi.ruleset.RuleProblem;
import vn.gov.sokhcn.kpi.ruleset.TableLayout;
import vn.gov.sokhcn.kpi.system.FieldProblem;
import vn.gov.sokhcn.kpi.system.InvalidRequestException;

/**
 * Writes a grid's changed rows into the ORIGINAL workbook with POI, never rebuilding it: a cell keeps its style, a new
 * row is shifted in with the styles and height of the data row above it, a removed row is shifted out; validations
 * follow their rows ({@link ValidationRanges}); names, merged regions, widths and the other sheets stay as they were.
 * A value is refused as an upload would refuse it (the literal check of {@link CellLiterals}, then the column's
 * type), at {@code file!sheet!cell}; an edit of a code row or a read-only column is refused.
 */
public final class TableEdits {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private TableEdits() {
    }

    public static byte[] apply(byte[] workbook, String file, String sheetName, List<RowEdit> edits) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            XSSFSheet sheet = book.getSheet(sheetName);
            TableLayout layout = TableLayout.of(sheet).orElseThrow(() -> refused(file, sheetName, "A1",
                    "Trang «" + sheetName + "» không có bảng quyết định nào để sửa"));
            TableGrid grid = GridReader.read(0, file, sheet, layout, true);
            Moves moves = new Moves(edits, grid);
            List<FieldProblem> problems = check(file, sheetName, grid, edits, moves);
            if (!problems.isEmpty()) {
                throw new InvalidRequestException(problems);
            }
            edits.stream().filter(e -> !e.added() && !e.removed()).forEach(e -> write(sheet.getRow(e.row() - 1), grid, e.cells()));
            structural(sheet, grid, edits, moves);
            List<FieldProblem> literals = literals(file, sheet, moves.touched());
            if (!literals.isEmpty()) {
                throw new InvalidRequestException(literals);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<FieldProblem> check(String file, String sheet, TableGrid grid, List<RowEdit> edits, Moves moves) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < edits.size(); i++) {
            RowEdit edit = edits.get(i);
            Integer at = edit.added() ? moves.anchor(edit) : edit.row();
            TableGrid.Table table = at == null ? null : tableOf(grid, at);
            if (table == null) {
                String cell = "A" + (at == null ? 1 : at);
                problems.add(problem(file, sheet, cell, at == null ? "Cần số dòng (row) hoặc dòng đứng trước dòng mới (after)"
                        : "Dòng " + at + " không phải dòng dữ liệu của bảng (dòng mã màu xám, nhãn hay thuộc tính chỉ đọc); "
                        + "không sửa được"));
                continue;
            }
            if (edit.removed()) {
                continue;
            }
            int row = moves.finalRow(edit, i);
            for (Map.Entry<String, String> cell : edit.cells().entrySet()) {
                String address = cell.getKey() + row;
                GridColumn column = table.columns().stream().filter(c -> c.letter().equals(cell.getKey())).findFirst().orElse(null);
                String why = column == null ? "cột " + cell.getKey() + " không thuộc bảng «" + table.title() + "»"
                        : column.readOnly() ? "Cột «" + column.label() + "» là mã của bảng (chỉ đọc); không sửa được"
                        : ColumnTypes.problem(column, value(cell.getValue()));
                if (why != null) {
                    problems.add(problem(file, sheet, address, column == null || column.readOnly() ? why
                            : "Cột «" + column.label() + "»: " + why));
                }
            }
            boolean empty = table.columns().stream().allMatch(c -> value(edit.added() ? edit.cells().get(c.letter())
                    : edit.cells().getOrDefault(c.letter(), current(table, edit.row(), c.letter()))).isEmpty());
            if (empty) {
                problems.add(problem(file, sheet, table.columns().get(0).letter() + row, "Dòng " + row + " không còn giá trị nào; "
                        + "một dòng trống sẽ cắt bảng ở đó — hãy xóa dòng thay vì để trống"));
            }
        }
        for (TableGrid.Table table : grid.tables()) {
            if (moves.remaining(table) == 0) {
                problems.add(problem(file, sheet, table.columns().get(0).letter() + table.rows().get(0).row(),
                        "Bảng «" + table.title() + "» phải còn ít nhất một dòng dữ liệu"));
            }
        }
        return problems;
    }

    /** Removals and insertions from the bottom up, so that each keeps the row numbers of the ones above it. */
    private static void structural(XSSFSheet sheet, TableGrid grid, List<RowEdit> edits, Moves moves) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < edits.size(); i++) {
            if (edits.get(i).added() || edits.get(i).removed()) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingDouble((Integer i) -> moves.position(edits.get(i))).thenComparing(i -> i).reversed());
        for (int i : order) {
            RowEdit edit = edits.get(i);
            if (edit.removed()) {
                int at = edit.row() - 1;
                sheet.removeRow(sheet.getRow(at));
                if (at < sheet.getLastRowNum()) {
                    sheet.shiftRows(at + 1, sheet.getLastRowNum(), -1);
                }
                ValidationRanges.removed(sheet, at);
            } else {
                int at = moves.anchor(edit); // 0-based index of the new row = the 1-based number of the row above it
                if (at <= sheet.getLastRowNum()) {
                    sheet.shiftRows(at, sheet.getLastRowNum(), 1);
                }
                Row above = sheet.getRow(at - 1);
                Row created = sheet.createRow(at);
                created.setHeight(above.getHeight());
                for (Cell cell : above) {
                    created.createCell(cell.getColumnIndex()).setCellStyle(cell.getCellStyle());
                }
                ValidationRanges.inserted(sheet, at);
                write(created, grid, edit.cells());
            }
        }
    }

    private static void write(Row row, TableGrid grid, Map<String, String> cells) {
        cells.forEach((letter, raw) -> {
            int col = CellReference.convertColStringToIndex(letter);
            Cell cell = row.getCell(col) == null ? row.createCell(col) : row.getCell(col);
            String value = value(raw);
            boolean number = grid.tables().stream().flatMap(t -> t.columns().stream())
                    .anyMatch(c -> c.letter().equals(letter) && c.type() == GridColumn.Type.NUMBER);
            if (value.isEmpty()) {
                cell.setBlank();
            } else if (number && NUMBER.matcher(value).matches()) {
                cell.setCellValue(Double.parseDouble(value));
            } else {
                cell.setCellValue(value); // a text in a number column: the literal check names it as an upload's would
            }
        });
    }

    /** The literal check an upload runs, on the written sheet, reported only at the rows this edit wrote. */
    private static List<FieldProblem> literals(String file, XSSFSheet sheet, Set<Integer> rows) {
        List<FieldProblem> problems = new ArrayList<>();
        TableLayout layout = TableLayout.of(sheet).orElseThrow();
        for (RuleProblem p : CellLiterals.check(file, sheet, layout)) {
            String cell = p.location().substring(p.location().lastIndexOf('!') + 1);
            if (rows.contains(Integer.parseInt(cell.replaceAll("[A-Z]", "")))) {
                problems.add(new FieldProblem(p.location(), p.message()));
            }
        }
        return problems;
    }

    private static TableGrid.Table tableOf(TableGrid grid, int row) {
        return grid.tables().stream().filter(t -> t.rows().stream().anyMatch(r -> r.row() == row)).findFirst().orElse(null);
    }

    private static String current(TableGrid.Table table, int row, String letter) {
        return table.rows().stream().filter(r -> r.row() == row).flatMap(r -> r.cells().stream())
                .filter(c -> c.address().equals(letter + row)).map(TableGrid.Cell::value).findFirst().orElse("");
    }

    private static String value(String raw) {
        return raw == null ? "" : raw;
    }

    private static FieldProblem problem(String file, String sheet, String cell, String message) {
        return new FieldProblem(file + "!" + sheet + "!" + cell, "Tệp " + file.substring(file.lastIndexOf('/') + 1)
                + ", trang «" + sheet + "», ô " + cell + ": " + message);
    }

    private static InvalidRequestException refused(String file, String sheet, String cell, String message) {
        return new InvalidRequestException(List.of(problem(file, sheet, cell, message)));
    }

    /** Where rows end up once the removals and insertions are done (1-based Excel rows). */
    private record Moves(List<RowEdit> edits, TableGrid grid) {

        Integer anchor(RowEdit edit) {
            if (!edit.added()) {
                return edit.row();
            }
            if (edit.after() != null) {
                return edit.after();
            }
            List<TableGrid.Row> rows = grid.tables().get(0).rows();
            return rows.get(rows.size() - 1).row();
        }

        double position(RowEdit edit) {
            return edit.added() ? anchor(edit) + 0.5 : edit.row();
        }

        int finalRow(RowEdit edit, int index) {
            if (!edit.added()) {
                return shifted(edit.row());
            }
            int a = anchor(edit);
            long before = java.util.stream.IntStream.range(0, index).filter(j -> edits.get(j).added() && anchor(edits.get(j)) == a).count();
            boolean anchorRemoved = edits.stream().anyMatch(e -> e.removed() && e.row() == a);
            return shifted(a) - (anchorRemoved ? 1 : 0) + 1 + (int) before;
        }

        private int shifted(int row) {
            long removed = edits.stream().filter(e -> e.removed() && e.row() < row).count();
            long inserted = edits.stream().filter(e -> e.added() && anchor(e) < row).count();
            return row - (int) removed + (int) inserted;
        }

        Set<Integer> touched() {
            Set<Integer> rows = new TreeSet<>();
            for (int i = 0; i < edits.size(); i++) {
                if (!edits.get(i).removed()) {
                    rows.add(finalRow(edits.get(i), i));
                }
            }
            return rows;
        }

        long remaining(TableGrid.Table table) {
            long removed = edits.stream().filter(e -> e.removed() && table.rows().stream().anyMatch(r -> r.row() == e.row())).count();
            long added = edits.stream().filter(e -> e.added() && table.rows().stream().anyMatch(r -> r.row() == anchor(e))).count();
            return table.rows().size() - removed + added;
        }
    }
}
