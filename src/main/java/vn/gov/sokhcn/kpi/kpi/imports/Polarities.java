package vn.gov.sokhcn.kpi.kpi.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.gov.sokhcn.kpi.kpi.indicator.Polarity;

/** An indicator's polarity as the template shows it (the enum's label); a cell may hold the label or the code. */
final class Polarities {
    static final String TASKS = "TASKS";
    static final String BINARY = "BINARY";

    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        for (Polarity p : Polarity.values()) {
            LABELS.put(p.name(), p.label());
        }
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
