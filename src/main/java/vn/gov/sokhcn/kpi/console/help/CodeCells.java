package vn.gov.sokhcn.kpi.console.help;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.gov.sokhcn.kpi.console.help.RuleTables.Column;
import vn.gov.sokhcn.kpi.console.help.RuleTables.DataRow;
import vn.gov.sokhcn.kpi.console.help.RuleTables.Table;
import vn.gov.sokhcn.kpi.evaluation.facts.Rating;
import vn.gov.sokhcn.kpi.kpi.indicator.Polarity;
import vn.gov.sokhcn.kpi.kpi.period.PeriodKind;
import vn.gov.sokhcn.kpi.organisation.Leadership;
import vn.gov.sokhcn.kpi.organisation.StaffType;

/**
 * The help shows the decision tables in Vietnamese: a column «Mã …» of codes naming its own rows (each code
 * once, beside the row's label) is left out, the code kept in the label cell's title; a code naming a
 * row of another table (a band's regime) or an enum (a period kind, NOT_RATED) shows that label, the code
 * in its title. Rating abbreviations stay as they are written.
 */
final class CodeCells {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+|[A-Z]{4,}");

    private CodeCells() {
    }

    static List<Table> labelled(List<Table> tables) {
        Map<String, String> labels = new HashMap<>();
        labels.put(Rating.NOT_RATED.name(), Rating.NOT_RATED.label());
        for (Table t : tables) {
            int label = labelColumn(t);
            for (int c : ownKeys(t, label)) {
                t.rows().forEach(r -> labels.putIfAbsent(r.values().get(c), r.values().get(label)));
            }
        }
        for (PeriodKind k : PeriodKind.values()) {
            labels.putIfAbsent(k.name(), k.label());
        }
        for (StaffType s : StaffType.values()) {
            labels.putIfAbsent(s.name(), s.label());
        }
        for (Polarity p : Polarity.values()) {
            labels.putIfAbsent(p.name(), p.label());
        }
        for (Leadership l : Leadership.values()) {
            labels.putIfAbsent(l.name(), l.label());
        }
        return tables.stream().map(t -> labelled(t, labels)).toList();
    }

    private static Table labelled(Table t, Map<String, String> labels) {
        int label = labelColumn(t);
        Set<Integer> hidden = new HashSet<>(ownKeys(t, label));
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < t.columns().size(); c++) {
            if (!hidden.contains(c)) {
                columns.add(t.columns().get(c));
            }
        }
        List<DataRow> rows = new ArrayList<>();
        for (DataRow r : t.rows()) {
            List<String> values = new ArrayList<>();
            List<String> codes = new ArrayList<>();
            for (int c = 0; c < r.values().size(); c++) {
                String v = r.values().get(c);
                if (hidden.contains(c)) {
                    continue;
                }
                if (c == label) {
                    values.add(v);
                    codes.add(hidden.isEmpty() ? null : String.join(", ", hidden.stream().sorted().map(h -> r.values().get(h)).toList()));
                } else if (isCode(v) && labels.containsKey(v)) {
                    values.add(labels.get(v));
                    codes.add(v);
                } else {
                    values.add(v);
                    codes.add(null);
                }
            }
            rows.add(new DataRow(r.number(), values, codes));
        }
        return new Table(t.file(), t.sheet(), columns, rows);
    }

    /** The first column with words in it: the rows' Vietnamese names; -1 when there is none. */
    private static int labelColumn(Table t) {
        for (int c = 0; c < t.columns().size(); c++) {
            int col = c;
            if (t.rows().stream().map(r -> r.values().get(col)).anyMatch(v -> v.chars().anyMatch(Character::isLowerCase))) {
                return c;
            }
        }
        return -1;
    }

    /** The columns headed «Mã …» whose codes each row holds once: the rows' own codes, beside their label. */
    private static List<Integer> ownKeys(Table t, int label) {
        List<Integer> keys = new ArrayList<>();
        if (label < 0 || t.rows().isEmpty()) {
            return keys;
        }
        for (int c = 0; c < t.columns().size(); c++) {
            int col = c;
            List<String> values = t.rows().stream().map(r -> r.values().get(col)).toList();
            if (t.columns().get(c).label().startsWith("Mã ") && values.stream().allMatch(CodeCells::isCode)
                    && new HashSet<>(values).size() == values.size()) {
                keys.add(c);
            }
        }
        return keys;
    }

    private static boolean isCode(String v) {
        return CODE.matcher(v).matches() && !Rating.CODES_BEST_FIRST.contains(v) || Rating.NOT_RATED.name().equals(v);
    }
}
