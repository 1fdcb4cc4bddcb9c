package vn.gov.sokhcn.kpi.ruleset.confinement;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;

/**
 * A safety net under Drools' constraint parser, which can drop text it does not understand
 * ({@code a?.b(...)} keeps only {@code a}) while the compiler later reads all of it: every name in
 * the constraint must be in one of the parts the check sees, or be one of DRL's operators, and the
 * MVEL-only forms ({@code ?.}, {@code !.}, {@code #} casts, inline maps) are not accepted.
 */
final class ConstraintText {
    private static final Pattern STRINGS = Pattern.compile("\"(\\\\.|[^\"\\\\])*\"|'(\\\\.|[^'\\\\])*'");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    private static final Set<String> OPERATORS = Set.of("memberOf", "contains", "matches", "soundslike", "excludes",
            "not", "in", "str", "startsWith", "endsWith", "length", "null", "true", "false", "this");

    private ConstraintText() {
    }

    static boolean covered(String expression, ConstraintConnectiveDescr parsed) {
        String code = STRINGS.matcher(expression).replaceAll("\"\"");
        if (code.contains("?.") || code.contains("!.") || code.contains("#") || code.contains("{") || code.contains("@")) {
            return false;
        }
        Set<String> seen = new HashSet<>();
        collect(parsed, seen);
        Matcher m = NAME.matcher(code);
        while (m.find()) {
            if (!OPERATORS.contains(m.group()) && !seen.contains(m.group())) {
                return false;
            }
        }
        return true;
    }

    private static void collect(BaseDescr descr, Set<String> names) {
        if (descr instanceof ConstraintConnectiveDescr c) {
            c.getDescrs().forEach(d -> collect(d, names));
        } else if (descr instanceof RelationalExprDescr r) {
            collect(r.getLeft(), names);
            collect(r.getRight(), names);
        } else if (descr instanceof BindingDescr b) {
            names.add(b.getVariable());
            add(b.getExpression(), names);
        } else if (descr instanceof AtomicExprDescr a) {
            add(a.getExpression(), names);
        }
    }

    private static void add(String text, Set<String> names) {
        Matcher m = NAME.matcher(STRINGS.matcher(text).replaceAll("\"\""));
        while (m.find()) {
            names.add(m.group());
        }
    }
}
