package vn.gov.sokhcn.kpi.ruleset.confinement;

import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.VarType;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a piece of rule code can see: the package's type names, the variables (pattern bindings,
 * globals, parameters, locals) with their types, the package's functions, and, inside a pattern's
 * constraint, the pattern's type whose properties bare names refer to.
 */
final class Scope {
    enum Kind { CONSEQUENCE, FUNCTION, CONSTRAINT, EXPRESSION }

    private final TypeNames names;
    private final Map<String, JType> functions;
    private final Map<String, JType> variables;
    private Kind kind = Kind.EXPRESSION;
    private JType self;

    Scope(TypeNames names, Map<String, JType> functions, Map<String, JType> variables) {
        this.names = names;
        this.functions = functions;
        this.variables = new HashMap<>(variables);
    }

    Scope as(Kind kind, JType self) {
        this.kind = kind;
        this.self = self;
        return this;
    }

    TypeNames names() {
        return names;
    }

    boolean isConsequence() {
        return kind == Kind.CONSEQUENCE;
    }

    boolean isConstraint() {
        return kind == Kind.CONSTRAINT;
    }

    boolean isFunction(String name) {
        return functions.containsKey(name);
    }

    /** A bare call inside a constraint calls a method of the pattern's type. */
    boolean hasOwnMethod(String name) {
        return self != null && Allowed.method(self.raw(), name) && !Members.methods(self.raw(), name, -1).isEmpty();
    }

    void declare(String name, JType type) {
        variables.put(name, type);
    }

    void declare(VariableDeclarator v) {
        JType type;
        if (v.getType() instanceof VarType) {
            Optional<ForEachStmt> loop = v.getParentNode().flatMap(p -> p.getParentNode())
                    .filter(ForEachStmt.class::isInstance).map(ForEachStmt.class::cast);
            JType iterated = loop.map(l -> typeOf(l.getIterable())).orElse(null);
            type = loop.isPresent() ? (iterated == null ? null : iterated.elementType())
                    : v.getInitializer().map(this::typeOf).orElse(null);
        } else {
            type = typeOf(v.getType());
        }
        variables.put(v.getNameAsString(), type);
    }

    void declare(Parameter p) {
        variables.put(p.getNameAsString(), typeOf(p.getType()));
    }

    JType typeOf(Type type) {
        if (type instanceof PrimitiveType p) {
            return names.resolve(p.asString()).map(JType::of).orElse(null);
        }
        if (type instanceof ArrayType a) {
            JType component = typeOf(a.getComponentType());
            return component == null ? null : JType.of(Array.newInstance(component.raw(), 0).getClass());
        }
        if (type instanceof ClassOrInterfaceType c) {
            Optional<Class<?>> raw = names.resolve(c.getNameWithScope());
            if (raw.isEmpty()) {
                return null;
            }
            List<JType> args = new ArrayList<>();
            for (Type arg : c.getTypeArguments().orElse(new com.github.javaparser.ast.NodeList<>())) {
                JType a = typeOf(arg);
                args.add(a == null ? JType.of(Object.class) : a);
            }
            return new JType(raw.get(), args);
        }
        return null;
    }

    /** The dotted name when an expression names a type (System, Map.Entry, java.lang.System), else null. */
    String typeNameOf(Expression e) {
        if (e instanceof NameExpr n) {
            String name = n.getNameAsString();
            return variables.containsKey(name) || Members.property(self, name) != null ? null : name;
        }
        if (e instanceof FieldAccessExpr f) {
            String scope = typeNameOf(f.getScope());
            if (scope == null) {
                return null;
            }
            // a static field of a known type is a value, not a type
            Optional<Class<?>> owner = names.resolve(scope);
            if (owner.isPresent() && Members.staticField(owner.get(), f.getNameAsString()) != null) {
                return null;
            }
            return scope + "." + f.getNameAsString();
        }
        return null;
    }

    /** The type of an expression when it can be told without compiling, else null. */
    JType typeOf(Expression e) {
        if (e instanceof NameExpr n) {
            String name = n.getNameAsString();
            return variables.containsKey(name) ? variables.get(name) : Members.property(self, name);
        }
        if (e instanceof StringLiteralExpr || e instanceof TextBlockLiteralExpr) {
            return JType.of(String.class);
        }
        if (e instanceof IntegerLiteralExpr) {
            return JType.of(int.class);
        }
        if (e instanceof LongLiteralExpr) {
            return JType.of(long.class);
        }
        if (e instanceof DoubleLiteralExpr) {
            return JType.of(double.class);
        }
        if (e instanceof BooleanLiteralExpr) {
            return JType.of(boolean.class);
        }
        if (e instanceof CharLiteralExpr) {
            return JType.of(char.class);
        }
        if (e instanceof ObjectCreationExpr o) {
            return typeOf(o.getType());
        }
        if (e instanceof CastExpr c) {
            return typeOf(c.getType());
        }
        if (e instanceof EnclosedExpr en) {
            return typeOf(en.getInner());
        }
        if (e instanceof ConditionalExpr c) {
            return typeOf(c.getThenExpr());
        }
        if (e instanceof ThisExpr) {
            return self;
        }
        if (e instanceof ArrayAccessExpr a) {
            JType array = typeOf(a.getName());
            return array != null && array.raw().isArray() ? JType.of(array.raw().getComponentType()) : null;
        }
        if (e instanceof BinaryExpr b) {
            return binary(b);
        }
        if (e instanceof MethodCallExpr m) {
            return callType(m);
        }
        if (e instanceof FieldAccessExpr f) {
            return fieldType(f);
        }
        return null;
    }

    private JType binary(BinaryExpr b) {
        return switch (b.getOperator()) {
            case PLUS -> {
                JType l = typeOf(b.getLeft());
                JType r = typeOf(b.getRight());
                yield l != null && l.raw() == String.class || r != null && r.raw() == String.class ? JType.of(String.class) : null;
            }
            case EQUALS, NOT_EQUALS, LESS, GREATER, LESS_EQUALS, GREATER_EQUALS, AND, OR -> JType.of(boolean.class);
            default -> null;
        };
    }

    private JType callType(MethodCallExpr m) {
        String name = m.getNameAsString();
        int arity = m.getArguments().size();
        if (m.getScope().isEmpty()) {
            if (functions.containsKey(name)) {
                return functions.get(name);
            }
            return self == null ? null : Members.returned(self, Members.methods(self.raw(), name, arity));
        }
        String typeName = typeNameOf(m.getScope().get());
        if (typeName != null) {
            Optional<Class<?>> type = names.resolve(typeName);
            return type.map(t -> Members.returned(JType.of(t), Members.methods(t, name, arity))).orElse(null);
        }
        JType receiver = typeOf(m.getScope().get());
        return receiver == null ? null : Members.returned(receiver, Members.methods(receiver.raw(), name, arity));
    }

    private JType fieldType(FieldAccessExpr f) {
        String typeName = typeNameOf(f.getScope());
        if (typeName != null) {
            Field field = names.resolve(typeName).map(t -> Members.staticField(t, f.getNameAsString())).orElse(null);
            return field == null ? null : JType.of(field.getType());
        }
        JType receiver = typeOf(f.getScope());
        if (receiver == null) {
            return null;
        }
        if (receiver.raw().isArray() && f.getNameAsString().equals("length")) {
            return JType.of(int.class);
        }
        return Members.property(receiver, f.getNameAsString());
    }
}
