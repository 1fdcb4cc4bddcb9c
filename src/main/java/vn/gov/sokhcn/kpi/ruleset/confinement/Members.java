package vn.gov.sokhcn.kpi.ruleset.confinement;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/** The public members of a class as rule code sees them, looked up by reflection (the class is never initialised). */
final class Members {
    private Members() {
    }

    /** A property as a constraint reads it: a getter, a record accessor or a public field. */
    static JType property(JType owner, String name) {
        if (owner == null || name.isEmpty() || owner.raw() == TypeNames.Declared.class) {
            return null;
        }
        String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String candidate : List.of("get" + cap, "is" + cap, name)) {
            List<Method> found = methods(owner.raw(), candidate, 0);
            if (!found.isEmpty()) {
                return owner.returnOf(found.get(0));
            }
        }
        try {
            return JType.of(owner.raw().getField(name).getType());
        } catch (NoSuchFieldException | SecurityException e) {
            return null;
        }
    }

    static Field staticField(Class<?> type, String name) {
        try {
            Field field = type.getField(name);
            return Modifier.isStatic(field.getModifiers()) ? field : null;
        } catch (NoSuchFieldException | SecurityException | LinkageError e) {
            return null;
        }
    }

    static List<Method> methods(Class<?> type, String name, int arity) {
        List<Method> found = new ArrayList<>();
        try {
            List<Method> all = new ArrayList<>(List.of(type.getMethods()));
            if (type.isInterface()) {
                all.addAll(List.of(Object.class.getMethods()));
            }
            for (Method m : all) {
                if (!m.isBridge() && !m.isSynthetic() && m.getName().equals(name) && (arity < 0 || m.getParameterCount() == arity || m.isVarArgs())) {
                    found.add(m);
                }
            }
        } catch (LinkageError | SecurityException e) {
            return List.of();
        }
        return found;
    }

    /** The return type when every overload agrees on it, or one is narrower than all others (covariant returns). */
    static JType returned(JType receiver, List<Method> candidates) {
        for (Method m : candidates) {
            if (candidates.stream().allMatch(o -> o.getReturnType().isAssignableFrom(m.getReturnType()))) {
                return receiver.returnOf(m);
            }
        }
        return null;
    }
}
