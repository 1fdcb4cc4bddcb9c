package vn.gov.sokhcn.kpi.ruleset.confinement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves the type names of one DRL package as Drools will: the package's own declared types,
 * single-type imports, java.lang, then wildcard imports. Classes are looked up without being
 * initialised, so no code of theirs runs.
 */
final class TypeNames {
    /** The type of a value of a type the rule set declares itself ({@code declare}). */
    static final class Declared {
        private Declared() {
        }
    }

    private static final Map<String, Optional<Class<?>>> CLASSES = new ConcurrentHashMap<>();

    private final Map<String, Class<?>> imported = new HashMap<>();
    private final List<String> wildcards = new ArrayList<>();
    private final Set<String> declared = new HashSet<>();

    void importType(String simpleName, Class<?> type) {
        imported.put(simpleName, type);
    }

    void importAll(String packageOrClass) {
        wildcards.add(packageOrClass);
    }

    void declare(String name) {
        declared.add(name);
    }

    /** A simple ({@code List}), nested ({@code Map.Entry}) or qualified name; empty when unknown. */
    Optional<Class<?>> resolve(String name) {
        int dot = name.indexOf('.');
        String first = dot < 0 ? name : name.substring(0, dot);
        Optional<Class<?>> head = simple(first);
        if (dot < 0 || head.isEmpty()) {
            return dot < 0 ? head : qualified(name);
        }
        return load(head.get().getName() + "$" + name.substring(dot + 1).replace('.', '$'));
    }

    /** Whether a dotted name starts with a package rather than a type (a fully qualified name). */
    boolean isQualified(String name) {
        int dot = name.indexOf('.');
        return dot > 0 && simple(name.substring(0, dot)).isEmpty();
    }

    private Optional<Class<?>> simple(String name) {
        if (declared.contains(name)) {
            return Optional.of(Declared.class);
        }
        Class<?> single = imported.get(name);
        if (single != null) {
            return Optional.of(single);
        }
        Optional<Class<?>> primitive = primitive(name);
        if (primitive.isPresent()) {
            return primitive;
        }
        Optional<Class<?>> lang = load("java.lang." + name);
        if (lang.isPresent()) {
            return lang;
        }
        for (String wildcard : wildcards) {
            Optional<Class<?>> found = load(wildcard + "." + name).or(() -> load(wildcard + "$" + name));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** a.b.C or a.b.C.D (nested): the longest package prefix that names a class. */
    static Optional<Class<?>> qualified(String name) {
        String candidate = name;
        Optional<Class<?>> found = load(candidate);
        int dot;
        while (found.isEmpty() && (dot = candidate.lastIndexOf('.')) > 0) {
            candidate = candidate.substring(0, dot) + "$" + candidate.substring(dot + 1);
            found = load(candidate);
        }
        return found;
    }

    private static Optional<Class<?>> primitive(String name) {
        return Optional.ofNullable(switch (name) {
            case "int" -> int.class;
            case "long" -> long.class;
            case "double" -> double.class;
            case "float" -> float.class;
            case "boolean" -> boolean.class;
            case "char" -> char.class;
            case "byte" -> byte.class;
            case "short" -> short.class;
            case "void" -> void.class;
            default -> null;
        });
    }

    private static Optional<Class<?>> load(String name) {
        if (CLASSES.size() > 20_000) { // names come from uploads: the cache must not grow without end
            CLASSES.clear();
        }
        return CLASSES.computeIfAbsent(name, n -> {
            try {
                return Optional.of(Class.forName(n, false, TypeNames.class.getClassLoader()));
            } catch (ClassNotFoundException | LinkageError e) {
                return Optional.empty();
            }
        });
    }
}
