package vn.gov.sokhcn.kpi.ruleset.confinement;

import java.util.Map;
import java.util.Set;

/**
 * What rule code may name: the project's facts and table rows, the few project classes the shipped
 * rules use, numbers, dates, strings and collections. Anything else a rule could reach (files,
 * network, reflection, threads, processes, class loaders) is refused, because the JVM offers no
 * sandbox: once compiled, rule code runs with the whole service's rights.
 */
final class Allowed {
    private static final Set<String> PACKAGES = Set.of(
            "vn.gov.sokhcn.kpi.evaluation.facts", "vn.gov.sokhcn.kpi.evaluation.policy",
            "java.math", "java.time", "java.time.format", "java.time.temporal",
            "java.util.stream", "java.util.function");

    private static final Set<String> CLASSES = Set.of(
            "vn.gov.sokhcn.kpi.evaluation.Explanations", "vn.gov.sokhcn.kpi.evaluation.Reason",
            "vn.gov.sokhcn.kpi.outcome.bonus.BonusFacts", "vn.gov.sokhcn.kpi.outcome.bonus.BonusFundRow",
            "vn.gov.sokhcn.kpi.outcome.bonus.BonusCoefficientRow",
            "vn.gov.sokhcn.kpi.outcome.staffing.AnnualRating", "vn.gov.sokhcn.kpi.outcome.staffing.StaffingRow",
            "vn.gov.sokhcn.kpi.outcome.staffing.StaffingFlag", "vn.gov.sokhcn.kpi.outcome.staffing.StaffingYear",
            "vn.gov.sokhcn.kpi.outcome.staffing.ChosenFlag",
            "vn.gov.sokhcn.kpi.outcome.training.CompetencyGap", "vn.gov.sokhcn.kpi.outcome.training.TrainingNeed",
            "vn.gov.sokhcn.kpi.outcome.training.TrainingRow",
            "java.lang.Object", "java.lang.Math", "java.lang.String", "java.lang.StringBuilder",
            "java.lang.CharSequence", "java.lang.Comparable", "java.lang.Iterable", "java.lang.Number",
            "java.lang.Integer", "java.lang.Long", "java.lang.Double", "java.lang.Float", "java.lang.Short",
            "java.lang.Byte", "java.lang.Boolean", "java.lang.Character", "java.lang.Enum",
            "java.util.Objects", "java.util.Collection", "java.util.List", "java.util.Set", "java.util.Map",
            "java.util.SortedMap", "java.util.NavigableMap", "java.util.SortedSet", "java.util.NavigableSet",
            "java.util.ArrayList", "java.util.LinkedList", "java.util.HashMap", "java.util.LinkedHashMap",
            "java.util.TreeMap", "java.util.HashSet", "java.util.LinkedHashSet", "java.util.TreeSet",
            "java.util.Collections", "java.util.Arrays", "java.util.Comparator", "java.util.Optional",
            "java.util.OptionalInt", "java.util.OptionalLong", "java.util.OptionalDouble", "java.util.Iterator",
            "java.util.DoubleSummaryStatistics", "java.util.IntSummaryStatistics", "java.util.LongSummaryStatistics",
            // what a consequence gets from Drools (drools / kcontext) and the rule it names
            "org.kie.api.runtime.rule.RuleContext", "org.drools.core.rule.consequence.KnowledgeHelper",
            "org.kie.api.definition.rule.Rule");

    /** Types of which only some methods may be called: Drools' rule context leads to the whole session. */
    private static final Map<String, Set<String>> ONLY = Map.of(
            "org.kie.api.runtime.rule.RuleContext", Set.of("getRule", "insert", "insertLogical", "update", "delete", "retract"),
            "org.drools.core.rule.consequence.KnowledgeHelper", Set.of("getRule", "insert", "insertLogical", "update", "delete", "retract"),
            "org.kie.api.definition.rule.Rule", Set.of("getName", "getPackageName"));

    /** Methods that lead out of rating whatever the receiver: reflection, class loading, stopping the JVM, monitors. */
    static final Set<String> FORBIDDEN_METHODS = Set.of(
            "getClass", "forName", "exit", "exec", "halt", "loadClass", "invoke", "invokeExact", "newInstance",
            "getDeclaredMethod", "getDeclaredMethods", "getDeclaredField", "getDeclaredFields",
            "getDeclaredConstructor", "getConstructor", "setAccessible", "getClassLoader", "getDeclaringClass",
            "wait", "notify", "notifyAll", "getKieRuntime", "getKnowledgeRuntime");

    /** What the messages say is allowed. */
    static final String WHAT = "các lớp dữ kiện và dòng bảng của dự án, Math, java.math, java.time, chuỗi và tập hợp";

    private Allowed() {
    }

    static boolean type(Class<?> type) {
        Class<?> c = type;
        while (c.isArray()) {
            c = c.getComponentType();
        }
        if (c.isPrimitive() || c == TypeNames.Declared.class) {
            return true;
        }
        String name = c.getName();
        int nested = name.indexOf('$');
        String outer = nested < 0 ? name : name.substring(0, nested);
        int dot = outer.lastIndexOf('.');
        String pkg = dot < 0 ? "" : outer.substring(0, dot);
        return CLASSES.contains(outer) || PACKAGES.contains(pkg);
    }

    static boolean method(Class<?> receiver, String name) {
        if (receiver == TypeNames.Declared.class) { // a declared type has only its getters and setters
            return name.matches("(get|set|is)\\w+|toString|equals|hashCode");
        }
        Set<String> only = ONLY.get(receiver.getName());
        return !FORBIDDEN_METHODS.contains(name) && (only == null || only.contains(name));
    }

    static boolean importablePackage(String pkg) {
        return PACKAGES.contains(pkg) || CLASSES.contains(pkg) || pkg.equals("java.util") || pkg.equals("java.lang")
                || CLASSES.stream().anyMatch(c -> c.startsWith(pkg + "."));
    }
}
