package vn.gov.sokhcn.kpi.ruleset.validation;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.gov.sokhcn.kpi.ruleset.RuleSetFiles;

/**
 * What changed between two versions of a rule set, structural changes (code and header rows of a
 * decision table, sheets, files, DRL) apart from data changes (cells of data rows), so a reviewer
 * sees at once whether a version changes how the rules work or only the values they use.
 */
public final class StructuralDiff {
    private static final int CONTEXT = 3;

    private StructuralDiff() {
    }

    /** Every change from {@code before} to {@code after}, structural ones first, each group by location. */
    public static List<RuleSetChange> between(RuleSetFiles before, RuleSetFiles after) {
        Set<String> paths = new TreeSet<>(before.all().keySet());
        paths.addAll(after.all().keySet());
        List<RuleSetChange> changes = new ArrayList<>();
        for (String path : paths) {
            byte[] old = before.all().get(path);
            byte[] now = after.all().get(path);
            if (path.endsWith(".drl")) {
                drl(path, old, now).ifPresent(changes::add);
            } else if (old == null || now == null) {
                changes.add(RuleSetChange.of(old == null ? RuleSetChange.Kind.FILE_ADDED : RuleSetChange.Kind.FILE_REMOVED, path));
            } else if (path.endsWith(".xlsx") && !java.util.Arrays.equals(old, now)) {
                changes.addAll(WorkbookDiff.between(path, old, now));
            }
        }
        List<RuleSetChange> ordered = new ArrayList<>(changes.stream().filter(RuleSetChange::structural).toList());
        ordered.addAll(changes.stream().filter(c -> !c.structural()).toList());
        return ordered;
    }

    private static java.util.Optional<RuleSetChange> drl(String path, byte[] old, byte[] now) {
        List<String> a = lines(old);
        List<String> b = lines(now);
        if (a.equals(b) && (old == null) == (now == null)) {
            return java.util.Optional.empty();
        }
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(old == null ? "/dev/null" : "a/" + path,
                now == null ? "/dev/null" : "b/" + path, a, DiffUtils.diff(a, b), CONTEXT);
        return java.util.Optional.of(new RuleSetChange(RuleSetChange.Kind.DRL, path, null, null, List.copyOf(diff)));
    }

    private static List<String> lines(byte[] bytes) {
        return bytes == null ? List.of() : new String(bytes, StandardCharsets.UTF_8).lines().toList();
    }
}
