package vn.gov.sokhcn.kpi.ruleset.confinement;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Checks one piece of rule code (a consequence, a function body, a constraint, an eval, a from or
 * accumulate source) parsed with JavaParser: every type it names, creates, casts to or calls
 * statically must be allowed, every method it calls must be called on a value of an allowed type
 * (an unknown type is refused), and a few statements that only serve to escape or hang are refused.
 */
final class CodeCheck {
    /** What Drools offers a consequence without a receiver. */
    private static final Set<String> CONSEQUENCE_CALLS = Set.of("insert", "insertLogical", "update", "delete", "retract");

    private final Scope scope;
    private final Problems problems;
    private final Set<Node> refused = new HashSet<>();
    private int firstLine;

    CodeCheck(Scope scope, Problems problems) {
        this.scope = scope;
        this.problems = problems;
    }

    /** Statements (a consequence, a function body, accumulate code) starting at a DRL line. */
    void block(String code, int line) {
        firstLine = line;
        ParseResult<BlockStmt> parsed = parser().parseBlock("{" + code.stripLeading() + "\n}");
        if (parsed.getResult().isEmpty() || !parsed.isSuccessful()) {
            problems.add(line, unreadable(parsed));
            return;
        }
        walk(parsed.getResult().get());
    }

    /** One expression (a constraint, an eval, a from source), at a DRL line; its type when known. */
    JType expression(String code, int line) {
        firstLine = line;
        ParseResult<Expression> parsed = parser().parseExpression(code.strip());
        if (parsed.getResult().isEmpty() || !parsed.isSuccessful()) {
            problems.add(line, unreadable(parsed));
            return null;
        }
        walk(parsed.getResult().get());
        return refused.isEmpty() ? scope.typeOf(parsed.getResult().get()) : null;
    }

    /** A type written in a declaration (global, declare, function signature): qualified names are fine there. */
    JType declaredType(String text, int line) {
        firstLine = line;
        ParseResult<Type> parsed = parser().parseType(text);
        if (parsed.getResult().isEmpty() || !parsed.isSuccessful()) {
            problems.add(line, unreadable(parsed));
            return null;
        }
        Type type = parsed.getResult().get();
        for (ClassOrInterfaceType t : type.findAll(ClassOrInterfaceType.class)) {
            if (!isScopeOfParent(t)) {
                typeName(t, t.getNameWithScope(), true);
            }
        }
        return scope.typeOf(type);
    }

    private static JavaParser parser() {
        // unicode escapes read as the Java compiler reads them, so an escaped getClass is getClass
        return new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)
                .setPreprocessUnicodeEscapes(true));
    }

    private static String unreadable(ParseResult<?> parsed) {
        String why = parsed.getProblems().isEmpty() ? "" : parsed.getProblems().get(0).getMessage().lines().findFirst().orElse("");
        return "Mã quy tắc không đọc được như mã Java nên không kiểm tra được, không được dùng"
                + (why.isEmpty() ? "" : " (" + why + ")") + ".";
    }

    /** Children before parents, in the order of the text, so that declarations come before their use. */
    private void walk(Node root) {
        root.walk(Node.TreeTraversal.POSTORDER, this::visit);
    }

    private void visit(Node node) {
        if (node instanceof VariableDeclarator v) {
            scope.declare(v);
        } else if (node instanceof Parameter p) {
            scope.declare(p);
        } else if (node instanceof TypePatternExpr p) {
            scope.declare(p.getNameAsString(), scope.typeOf(p.getType()));
        } else if (node instanceof ClassOrInterfaceType t && !isScopeOfParent(t)) {
            typeName(t, t.getNameWithScope(), false);
        } else if (node instanceof MethodCallExpr m) {
            call(m);
        } else if (node instanceof FieldAccessExpr f && !isScopeOfParent(f)) {
            field(f);
        } else if (node instanceof MethodReferenceExpr r) {
            reference(r);
        } else if (node instanceof ObjectCreationExpr o && o.getAnonymousClassBody().isPresent()) {
            refuse(o, "Mã quy tắc tạo một lớp ẩn danh («new " + o.getTypeAsString() + "() { … }»), không được phép trong quy tắc.");
        } else if (node instanceof LocalClassDeclarationStmt || node instanceof LocalRecordDeclarationStmt) {
            refuse(node, "Mã quy tắc khai báo một lớp, không được phép trong quy tắc.");
        } else if (node instanceof SynchronizedStmt) {
            refuse(node, "Mã quy tắc dùng «synchronized», không được phép trong quy tắc.");
        } else if (node instanceof ThrowStmt) {
            refuse(node, "Mã quy tắc dùng «throw», không được phép trong quy tắc.");
        } else if (node instanceof TryStmt) {
            refuse(node, "Mã quy tắc dùng «try», không được phép trong quy tắc.");
        } else if (node instanceof LabeledStmt || endless(node)) {
            // a rule computes a rating from facts: it never needs to loop without end, and such a loop hangs the evaluation
            refuse(node, "Mã quy tắc có vòng lặp không có điều kiện dừng hoặc có nhãn, không được phép trong quy tắc.");
        } else if ((node instanceof ThisExpr || node instanceof SuperExpr) && !scope.isConstraint()) {
            refuse(node, "Mã quy tắc dùng «" + node + "», không được phép trong quy tắc.");
        }
    }

    private boolean refusedWithin(Node node) {
        return node.findFirst(Node.class, refused::contains).isPresent();
    }

    private static boolean endless(Node node) {
        return node instanceof WhileStmt w && w.getCondition() instanceof BooleanLiteralExpr b && b.getValue()
                || node instanceof DoStmt d && d.getCondition() instanceof BooleanLiteralExpr b2 && b2.getValue()
                || node instanceof ForStmt f && f.getCompare().isEmpty();
    }

    private static boolean isScopeOfParent(Node node) {
        Optional<Node> parent = node.getParentNode();
        if (parent.isEmpty()) {
            return false;
        }
        return parent.get() instanceof ClassOrInterfaceType t && t.getScope().filter(s -> s == node).isPresent()
                || parent.get() instanceof FieldAccessExpr f && f.getScope() == node
                || parent.get() instanceof MethodCallExpr m && m.getScope().filter(s -> s == node).isPresent();
    }

    private void call(MethodCallExpr m) {
        String name = m.getNameAsString();
        if (m.getScope().isPresent() && refusedWithin(m.getScope().get())) {
            refused.add(m); // said once, where it went wrong
            return;
        }
        String typeName = m.getScope().map(scope::typeNameOf).orElse(null);
        if (typeName != null) { // a static call: the type first, it says more than the method
            Class<?> type = typeName(m, typeName, false);
            if (type != null && !Allowed.method(type, name)) {
                refuse(m, forbidden(name));
            }
            return;
        }
        if (Allowed.FORBIDDEN_METHODS.contains(name)) {
            refuse(m, forbidden(name));
            return;
        }
        if (m.getScope().isEmpty()) {
            if (!scope.isFunction(name) && !(scope.isConsequence() && CONSEQUENCE_CALLS.contains(name))
                    && !scope.hasOwnMethod(name)) {
                refuse(m, "Mã quy tắc gọi «" + name + "(…)», không phải một hàm của bộ quy tắc hay một lệnh của Drools.");
            }
            return;
        }
        Expression receiver = m.getScope().get();
        JType type = scope.typeOf(receiver);
        if (type == null) {
            refuse(m, "Mã quy tắc gọi «" + name + "» trên «" + receiver + "», một giá trị không rõ kiểu nên không kiểm tra được"
                    + " (hãy gán nó vào một biến có kiểu được phép).");
        } else if (!Allowed.type(type.raw())) {
            refuse(m, outside(type.raw().getName()));
        } else if (!Allowed.method(type.raw(), name)) {
            refuse(m, forbidden(name));
        }
    }

    private void field(FieldAccessExpr f) {
        if (refusedWithin(f.getScope())) {
            refused.add(f);
            return;
        }
        String typeName = scope.typeNameOf(f);
        if (typeName != null && scope.typeOf(f) == null) {
            typeName(f, typeName, false); // a type used as a value, e.g. as the scope of a method reference
            return;
        }
        String owner = scope.typeNameOf(f.getScope());
        if (owner != null) {
            typeName(f, owner, false);
            return;
        }
        JType type = scope.typeOf(f.getScope());
        if (type != null && !Allowed.type(type.raw())) {
            refuse(f, outside(type.raw().getName()));
        }
    }

    private void reference(MethodReferenceExpr r) {
        if (refusedWithin(r.getScope())) {
            refused.add(r);
            return;
        }
        if (Allowed.FORBIDDEN_METHODS.contains(r.getIdentifier())) {
            refuse(r, forbidden(r.getIdentifier()));
        } else if (!(r.getScope() instanceof TypeExpr)) {
            String typeName = scope.typeNameOf(r.getScope());
            JType type = typeName != null ? null : scope.typeOf(r.getScope());
            if (typeName == null && type == null) {
                refuse(r, "Mã quy tắc tham chiếu «" + r + "» trên một giá trị không rõ kiểu nên không kiểm tra được.");
            } else if (type != null && !Allowed.type(type.raw())) {
                refuse(r, outside(type.raw().getName()));
            }
        }
    }

    /** Checks a type name where it is written; the class it names when allowed. */
    private Class<?> typeName(Node at, String name, boolean qualifiedAllowed) {
        Optional<Class<?>> type = scope.names().resolve(name);
        if (type.isEmpty()) {
            refuse(at, "Mã quy tắc dùng «" + name + "», một kiểu không xác định được, nên không kiểm tra được; chỉ được dùng "
                    + Allowed.WHAT + ".");
            return null;
        }
        if (!Allowed.type(type.get())) {
            refuse(at, outside(type.get().getName()));
            return null;
        }
        if (!qualifiedAllowed && scope.names().isQualified(name)) {
            refuse(at, "Mã quy tắc viết tên đầy đủ «" + name + "»; trong mã chỉ được dùng tên ngắn của một kiểu được phép,"
                    + " khai báo bằng import.");
            return null;
        }
        return type.get();
    }

    static String outside(String typeName) {
        return "Mã quy tắc dùng «" + typeName.replace('$', '.') + "», nằm ngoài những gì được phép dùng khi tính xếp loại ("
                + Allowed.WHAT + ").";
    }

    private static String forbidden(String method) {
        return "Mã quy tắc gọi «" + method + "», một phương thức không được phép trong quy tắc"
                + " (phản chiếu, nạp lớp, dừng máy chủ, chạy lệnh, đồng bộ luồng).";
    }

    private void refuse(Node node, String message) {
        refused.add(node);
        int line = node.getBegin().map(p -> p.line).orElse(1);
        problems.add(firstLine + line - 1, message);
    }
}
