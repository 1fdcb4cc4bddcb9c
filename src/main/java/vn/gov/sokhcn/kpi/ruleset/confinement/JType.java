package vn.gov.sokhcn.kpi.ruleset.confinement;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The type of a value in rule code, with its type arguments when known ({@code List<Rating>}), so
 * that a call on {@code list.get(0)} is checked against {@code Rating}. Classes are only looked at
 * by reflection, never initialised.
 */
record JType(Class<?> raw, List<JType> args) {

    static JType of(Class<?> raw) {
        return new JType(raw, List.of());
    }

    /** The type a call of {@code method} on a value of this type returns. */
    JType returnOf(Method method) {
        return convert(method.getGenericReturnType(), bindings(), method.getReturnType());
    }

    /** The type of the elements when this is iterated ({@code for (x : this)}). */
    JType elementType() {
        if (raw.isArray()) {
            return of(raw.getComponentType());
        }
        if (Iterable.class.isAssignableFrom(raw)) {
            TypeVariable<?> element = Iterable.class.getTypeParameters()[0];
            JType bound = bindings().get(element);
            return bound != null ? bound : of(Object.class);
        }
        return null;
    }

    /** The type variables of the raw class and of its supertypes, bound to what this type says. */
    private Map<TypeVariable<?>, JType> bindings() {
        Map<TypeVariable<?>, JType> map = new HashMap<>();
        TypeVariable<?>[] own = raw.getTypeParameters();
        for (int i = 0; i < own.length && i < args.size(); i++) {
            map.put(own[i], args.get(i));
        }
        bindSupertypes(raw, map, 0);
        return map;
    }

    private static void bindSupertypes(Class<?> type, Map<TypeVariable<?>, JType> map, int depth) {
        if (type == null || depth > 10) {
            return;
        }
        List<Type> supers = new ArrayList<>(List.of(type.getGenericInterfaces()));
        if (type.getGenericSuperclass() != null) {
            supers.add(type.getGenericSuperclass());
        }
        for (Type s : supers) {
            if (s instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
                TypeVariable<?>[] vars = c.getTypeParameters();
                Type[] actual = p.getActualTypeArguments();
                for (int i = 0; i < vars.length && i < actual.length; i++) {
                    JType bound = convert(actual[i], map, null);
                    if (bound != null) {
                        map.putIfAbsent(vars[i], bound);
                    }
                }
                bindSupertypes(c, map, depth + 1);
            } else if (s instanceof Class<?> c) {
                bindSupertypes(c, map, depth + 1);
            }
        }
    }

    private static JType convert(Type type, Map<TypeVariable<?>, JType> map, Class<?> erasure) {
        if (type instanceof Class<?> c) {
            return of(c);
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            List<JType> args = new ArrayList<>();
            for (Type a : p.getActualTypeArguments()) {
                JType converted = convert(a, map, null);
                args.add(converted == null ? of(Object.class) : converted);
            }
            return new JType(c, args);
        }
        if (type instanceof TypeVariable<?> v) {
            JType bound = map.get(v);
            if (bound != null) {
                return bound;
            }
            Type[] bounds = v.getBounds();
            return bounds.length > 0 && bounds[0] instanceof Class<?> c ? of(c) : erasure == null ? null : of(erasure);
        }
        if (type instanceof WildcardType w) {
            return convert(w.getUpperBounds()[0], map, null);
        }
        if (type instanceof GenericArrayType) {
            return erasure == null ? null : of(erasure);
        }
        return erasure == null ? null : of(erasure);
    }
}
