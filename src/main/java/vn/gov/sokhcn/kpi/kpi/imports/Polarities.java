package vn.gov.sokhcn.kpi.kpi.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Vietnamese labels of an indicator's polarity, as the template shows them; a cell may hold the label or the code. */
final class Polarities {
    static final String TASKS = "TASKS";
    static final String BINARY = "BINARY";

    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("HIGHER_IS_BETTER", "Càng cao càng tốt");
        LABELS.put("LOWER_IS_BETTER", "Càng thấp càng tốt");
        LABELS.put("TARGET_RANGE", "Càng sát chỉ tiêu càng tốt");
        LABELS.put(BINARY, "Hoàn thành / không");
        LABELS.put(TASKS, "Đếm sản phẩm");
    }

    private Polarities() {
    }

    static String label(String code) {
        return LABELS.getOrDefault(code, code);
    }

    static List<String> labels() {
        return List.copyOf(LABELS.values());
    }

    /** The code a cell names, by label or by code. */
    static Optional<String> parse(String cell) {
        String wanted = ImportColumn.normalised(cell);
        return LABELS.entrySet().stream()
                .filter(e -> ImportColumn.normalised(e.getKey()).equals(wanted) || ImportColumn.normalised(e.getValue()).equals(wanted))
                .map(Map.Entry::getKey)
                .findFirst();
    }
}
