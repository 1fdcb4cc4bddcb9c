package vn.gov.sokhcn.kpi.ruleset.validation.cases;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import vn.gov.sokhcn.kpi.evaluation.facts.Rating;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Polarity;

/** Reads one cell of a «Kiểm thử» sheet as its column's kind of value; a cell it cannot read is a problem, in words for HR. */
final class CaseCells {
    static final Pattern PERIOD = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2]|Q[1-4]))?");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");
    private static final DataFormatter FORMAT = new DataFormatter();
    private static final Map<String, String> STAFF = Map.of("công chức", "CIVIL_SERVANT", "viên chức", "PUBLIC_EMPLOYEE",
            "hợp đồng lao động", "CONTRACT_WORKER");
    private static final Map<String, String> POSITIONS = Map.of("không", "NONE", "phó trưởng đơn vị", "DEPUTY_HEAD",
            "trưởng đơn vị", "HEAD", "phó giám đốc", "DEPUTY_DIRECTOR", "giám đốc", "DIRECTOR");
    private static final List<String> POLARITIES = Arrays.stream(Polarity.values()).map(Polarity::name).toList();
    private static final List<String> RATINGS = Rating.CODES_BEST_FIRST;

    /** A value read, or the problem of the cell (without the column, which the caller adds). */
    record Read(Object value, String problem) {
    }

    private CaseCells() {
    }

    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString().substring(0, 7); // Excel turned 2026-03 into a date
        }
        return FORMAT.formatCellValue(cell).strip();
    }

    static Read read(CaseColumn column, Cell cell) {
        String text = text(cell);
        return switch (column) {
            case CASE, DESCRIPTION, PERSON -> new Read(text, null);
            case PERIOD -> PERIOD.matcher(text).matches() ? new Read(text, null)
                    : new Read(null, "mã kỳ phải có dạng 2026-05 (tháng), 2026-Q2 (quý) hoặc 2026 (năm), không phải «" + text + "»");
            case STAFF_TYPE -> choice(text, STAFF, "Công chức, Viên chức hoặc Hợp đồng lao động");
            case POSITION -> choice(text, POSITIONS, "Không, Phó trưởng đơn vị, Trưởng đơn vị, Phó giám đốc hoặc Giám đốc");
            case POLARITY -> code(text, POLARITIES, "chiều chỉ số");
            case EXPECTED_RATING -> code(text, RATINGS, "xếp loại");
            case DISCIPLINED, DEGRADATION, UNIT_SANCTIONED, MATERNITY -> switch (text.toLowerCase()) {
                case "có" -> new Read(true, null);
                case "không" -> new Read(false, null);
                default -> new Read(null, "cần «Có» hoặc «Không», không phải «" + text + "»");
            };
            default -> number(cell, text);
        };
    }

    private static Read number(Cell cell, String text) {
        if (cell.getCellType() == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
            return new Read(cell.getNumericCellValue(), null);
        }
        if (cell.getCellType() == CellType.STRING && NUMBER.matcher(text).matches()) {
            return new Read(Double.parseDouble(text.replace(',', '.')), null);
        }
        return new Read(null, "cần một số (ví dụ 92,5), không phải «" + text + "»");
    }

    private static Read choice(String text, Map<String, String> labels, String allowed) {
        Optional<String> code = Optional.ofNullable(labels.get(text.toLowerCase()))
                .or(() -> labels.values().stream().filter(text::equals).findFirst());
        return code.map(c -> new Read(c, null)).orElseGet(() -> new Read(null, "cần " + allowed + ", không phải «" + text + "»"));
    }

    private static Read code(String text, List<String> codes, String what) {
        return codes.contains(text) ? new Read(text, null)
                : new Read(null, what + " «" + text + "» không có; dùng " + String.join(", ", codes));
    }

    static String columns() {
        return String.join(", ", Arrays.stream(CaseColumn.values()).map(CaseColumn::header).toList());
    }
}
