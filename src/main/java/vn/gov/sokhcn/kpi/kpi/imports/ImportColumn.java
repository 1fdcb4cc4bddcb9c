package vn.gov.sokhcn.kpi.kpi.imports;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the import template, in order. Each has a Vietnamese header (what people read) and
 * an English key (what scripts may write instead); a file is read by its header row, so either works
 * and the columns may come in any order. INFO columns are filled by the service and ignored on import.
 */
enum ImportColumn {
    PERIOD_CODE("periodCode", "Kỳ đánh giá", Kind.TEXT, 12, null),
    EMPLOYEE_CODE("employeeCode", "Mã cán bộ", Kind.TEXT, 14, Catalogue.EMPLOYEES),
    UNIT_CODE("unitCode", "Mã đơn vị", Kind.TEXT, 14, Catalogue.UNITS),
    HOLDER_NAME("holderName", "Tên cán bộ / đơn vị", Kind.INFO, 30, null),
    HOLDER_UNIT("holderUnit", "Đơn vị công tác", Kind.INFO, 30, null),
    INDICATOR_CODE("indicatorCode", "Mã chỉ số", Kind.TEXT, 14, Catalogue.INDICATORS),
    INDICATOR_NAME("indicatorName", "Tên chỉ số", Kind.INFO, 40, null),
    POLARITY("polarity", "Chiều đánh giá", Kind.TEXT, 22, Catalogue.POLARITIES),
    UNIT_OF_MEASURE("unitOfMeasure", "Đơn vị tính", Kind.INFO, 14, null),
    TARGET("target", "Chỉ tiêu", Kind.NUMBER, 12, null),
    WEIGHT("weight", "Trọng số", Kind.NUMBER, 10, null),
    THRESHOLD("threshold", "Ngưỡng tối thiểu", Kind.NUMBER, 12, null),
    STRETCH("stretch", "Mức vượt", Kind.NUMBER, 12, null),
    ACTUAL_VALUE("actualValue", "Thực hiện", Kind.NUMBER, 12, null),
    TASKS_ASSIGNED("tasksAssigned", "Số sản phẩm được giao", Kind.NUMBER, 12, null),
    TASKS_DONE("tasksDone", "Số hoàn thành", Kind.NUMBER, 12, null),
    TASKS_AT_QUALITY("tasksAtQuality", "Số đạt chất lượng", Kind.NUMBER, 12, null),
    TASKS_ON_TIME("tasksOnTime", "Số đúng hạn", Kind.NUMBER, 12, null),
    TASKS_LATE("tasksLate", "Số chậm hạn", Kind.NUMBER, 12, null),
    TASKS_FAILED_MAJOR_ERROR("tasksFailedMajorError", "Số bị trả lại do sai sót lớn", Kind.NUMBER, 14, null),
    OBJECTIVE_CAUSE("objectiveCause", "Nguyên nhân khách quan", Kind.YES_NO, 14, Catalogue.YES_NO),
    SOURCE("source", "Nguồn số liệu", Kind.TEXT, 24, null),
    EVIDENCE_NOTE("evidenceNote", "Ghi chú minh chứng", Kind.TEXT, 40, null);

    enum Kind { TEXT, NUMBER, YES_NO, INFO }

    /** The lists of the «Danh mục» sheet that feed a column's dropdown. */
    enum Catalogue { EMPLOYEES, UNITS, INDICATORS, POLARITIES, YES_NO }

    private final String key;
    private final String header;
    private final Kind kind;
    private final int width;
    private final Catalogue catalogue;

    ImportColumn(String key, String header, Kind kind, int width, Catalogue catalogue) {
        this.key = key;
        this.header = header;
        this.kind = kind;
        this.width = width;
        this.catalogue = catalogue;
    }

    String key() { return key; }

    String header() { return header; }

    Kind kind() { return kind; }

    /** Width in characters. */
    int width() { return width; }

    Catalogue catalogue() { return catalogue; }

    /** The column a header cell names: its Vietnamese header or its key, ignoring case, spacing and Unicode form. */
    static Optional<ImportColumn> byHeader(String text) {
        String wanted = normalised(text);
        for (ImportColumn c : values()) {
            if (normalised(c.header).equals(wanted) || normalised(c.key).equals(wanted)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    static String normalised(String text) {
        String nfc = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        return nfc.replace('\u00A0', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The spreadsheet letter of a zero-based column index: 0 → A, 27 → AB. */
    static String letter(int index) {
        StringBuilder out = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            out.insert(0, (char) ('A' + i % 26));
        }
        return out.toString();
    }
}
