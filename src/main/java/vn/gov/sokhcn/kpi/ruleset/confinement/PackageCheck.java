package vn.gov.sokhcn.kpi.ruleset.confinement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.drools.drl.ast.descr.AbstractClassTypeDeclarationDescr;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AccumulateImportDescr;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.EnumDeclarationDescr;
import org.drools.drl.ast.descr.EnumLiteralDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.QualifiedName;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.WindowDeclarationDescr;
import org.drools.drl.ast.descr.TypeFieldDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.kie.internal.builder.conf.LanguageLevelOption;

/** Walks one parsed DRL package: imports, globals, declared types, functions, every rule's conditions and consequence. */
final class PackageCheck {
    /** Drools' own accumulate functions and the type of what they bind. */
    private static final Map<String, Class<?>> ACCUMULATE = Map.of("count", Long.class, "sum", Number.class,
            "average", Double.class, "min", Comparable.class, "max", Comparable.class, "collectList", List.class,
            "collectSet", Set.class, "countDistinct", Long.class);
    /** Rule attributes that Drools evaluates as code when they are not a plain value. */
    private static final Set<String> LITERAL_ATTRIBUTES = Set.of("salience", "enabled");
    /** The attributes a rule may carry; timers, calendars and durations take expressions and never serve a rating. */
    private static final Set<String> ATTRIBUTES = Set.of("salience", "enabled", "no-loop", "lock-on-active", "agenda-group",
            "activation-group", "ruleflow-group", "auto-focus", "dialect", "date-effective", "date-expires");

    private final String drl;
    private final Problems problems;
    private final TypeNames names = new TypeNames();
    private final Map<String, JType> functions = new HashMap<>();
    private final Map<String, JType> globals = new HashMap<>();

    PackageCheck(String drl, Problems problems) {
        this.drl = drl;
        this.problems = problems;
    }

    /**
     * First pass: imports, attributes, globals, declared types and function signatures. Functions
     * and globals are shared by the files of one package, so their types are gathered for all of
     * them before any code is walked.
     */
    void declarations(PackageDescr pkg) {
        pkg.getClassAndEnumDeclarationDescrs().forEach(t -> names.declare(t.getTypeName()));
        pkg.getImports().forEach(this::importOf);
        for (FunctionImportDescr f : pkg.getFunctionImports()) {
            problems.add(f.getLine(), "Bộ quy tắc nhập tĩnh «" + f.getTarget() + "» (import function); không được nhập tĩnh trong quy tắc.");
        }
        for (AccumulateImportDescr a : pkg.getAccumulateImports()) {
            problems.add(a.getLine(), "Bộ quy tắc nhập hàm gộp «" + a.getTarget() + "» (import accumulate); chỉ được dùng"
                    + " các hàm gộp có sẵn của Drools.");
        }
        for (AttributeDescr a : pkg.getAttributes()) {
            attribute(a, a.getLine());
        }
        for (GlobalDescr g : pkg.getGlobals()) {
            globals.put(g.getIdentifier(), new CodeCheck(scope(Map.of()), problems).declaredType(g.getType(), g.getLine()));
        }
        pkg.getClassAndEnumDeclarationDescrs().forEach(this::declared);
        for (EnumDeclarationDescr e : pkg.getEnumDeclarations()) {
            for (EnumLiteralDescr literal : e.getLiterals()) {
                int line = literal.getLine() > 0 ? literal.getLine() : e.getLine();
                literal.getConstructorArgs().forEach(arg -> new CodeCheck(scope(Map.of()), problems).expression(arg, line));
            }
        }
        if (!pkg.getWindowDeclarations().isEmpty()) {
            WindowDeclarationDescr w = pkg.getWindowDeclarations().iterator().next();
            problems.add(w.getLine(), "Bộ quy tắc khai báo cửa sổ sự kiện («declare window»), không được dùng trong quy tắc.");
        }
        for (FunctionDescr f : pkg.getFunctions()) {
            functions.put(f.getName(), new CodeCheck(scope(Map.of()), problems).declaredType(f.getReturnType(), f.getLine()));
        }
    }

    Map<String, JType> functions() {
        return functions;
    }

    Map<String, JType> globals() {
        return globals;
    }

    /** Second pass: function bodies and rules, seeing the functions and globals of the whole package. */
    void code(PackageDescr pkg, Map<String, JType> packageFunctions, Map<String, JType> packageGlobals) {
        packageFunctions.forEach(functions::putIfAbsent);
        packageGlobals.forEach(globals::putIfAbsent);
        pkg.getFunctions().forEach(this::function);
        pkg.getRules().forEach(this::rule);
    }

    private Scope scope(Map<String, JType> variables) {
        return new Scope(names, functions, variables);
    }

    private void importOf(ImportDescr i) {
        String target = i.getTarget().trim();
        if (target.startsWith("static ")) {
            problems.add(i.getLine(), "Bộ quy tắc nhập tĩnh «" + target.substring(7).trim() + "»; không được nhập tĩnh trong quy tắc.");
        } else if (target.endsWith(".*")) {
            String pkg = target.substring(0, target.length() - 2);
            if (!Allowed.importablePackage(pkg)) {
                problems.add(i.getLine(), CodeCheck.outside(target));
            } else {
                names.importAll(pkg);
            }
        } else {
            Optional<Class<?>> type = TypeNames.qualified(target);
            if (type.isPresent() && Allowed.type(type.get())) {
                names.importType(target.substring(target.lastIndexOf('.') + 1), type.get());
            } else {
                problems.add(i.getLine(), CodeCheck.outside(target));
            }
        }
    }

    private void attribute(AttributeDescr a, int line) {
        if (a.getValue() == null) {
            return;
        }
        if (!ATTRIBUTES.contains(a.getName())) {
            problems.add(line, "Quy tắc dùng thuộc tính «" + a.getName() + "», không được dùng trong quy tắc tính xếp loại.");
        } else if (a.getName().equals("dialect") && !a.getValue().replace("\"", "").trim().equals("java")) {
            problems.add(line, "Quy tắc dùng dialect \"" + a.getValue().replace("\"", "") + "\"; chỉ được dùng dialect \"java\""
                    + " (mã MVEL không kiểm tra được).");
        } else if (LITERAL_ATTRIBUTES.contains(a.getName()) && !a.getValue().trim().matches("-?\\d+|true|false")) {
            problems.add(line, "Thuộc tính «" + a.getName() + "» của quy tắc phải là một giá trị, không được là biểu thức («"
                    + a.getValue() + "»).");
        }
    }

    private void declared(AbstractClassTypeDeclarationDescr type) {
        for (QualifiedName superType : type.getSuperTypes()) {
            new CodeCheck(scope(Map.of()), problems).declaredType(superType.getFullName(), type.getLine());
        }
        for (TypeFieldDescr field : type.getFields().values()) {
            int line = field.getLine() > 0 ? field.getLine() : type.getLine();
            new CodeCheck(scope(Map.of()), problems).declaredType(field.getPattern().getObjectType(), line);
            if (field.getInitExpr() != null && !field.getInitExpr().isBlank()) {
                new CodeCheck(scope(globals), problems).expression(field.getInitExpr(), line);
            }
        }
    }

    private void function(FunctionDescr f) {
        Scope scope = scope(Map.of()).as(Scope.Kind.FUNCTION, null);
        for (int i = 0; i < f.getParameterNames().size(); i++) {
            JType type = new CodeCheck(scope, problems).declaredType(f.getParameterTypes().get(i), f.getLine());
            scope.declare(f.getParameterNames().get(i), type);
        }
        new CodeCheck(scope, problems).block(f.getBody(), lineOf(f.getBody(), f.getStartCharacter(), f.getLine()));
    }

    private void rule(RuleDescr rule) {
        rule.getAttributes().values().forEach(a -> attribute(a, a.getLine() > 0 ? a.getLine() : rule.getLine()));
        Scope scope = scope(globals);
        if (rule.getLhs() != null) {
            element(rule.getLhs(), scope, rule.getLine());
        }
        scope.declare("drools", JType.of(org.drools.core.rule.consequence.KnowledgeHelper.class));
        scope.declare("kcontext", JType.of(org.kie.api.runtime.rule.RuleContext.class));
        scope.as(Scope.Kind.CONSEQUENCE, null);
        if (rule.getConsequence() instanceof String code && !code.isBlank()) {
            new CodeCheck(scope, problems).block(code, lineOf(code, rule.getStartCharacter(), rule.getConsequenceLine()));
        }
        for (Object named : rule.getNamedConsequences().values()) {
            if (named instanceof String code && !code.isBlank()) {
                new CodeCheck(scope, problems).block(code, lineOf(code, rule.getStartCharacter(), rule.getConsequenceLine()));
            }
        }
    }

    private void element(BaseDescr descr, Scope scope, int ruleLine) {
        int line = descr.getLine() > 0 ? descr.getLine() : ruleLine;
        if (descr instanceof PatternDescr p) {
            pattern(p, scope, line);
        } else if (descr instanceof EvalDescr e) {
            new CodeCheck(scope.as(Scope.Kind.EXPRESSION, null), problems).expression(String.valueOf(e.getContent()), line);
        } else if (descr instanceof ConditionalElementDescr ce) {
            for (BaseDescr child : ce.getDescrs()) {
                element(child, scope, line);
            }
        } else {
            problems.add(line, "Điều kiện «" + descr.getText() + "» của quy tắc không kiểm tra được, không được dùng.");
        }
    }

    private void pattern(PatternDescr p, Scope scope, int line) {
        if (p.getObjectType() == null || p.getObjectType().isBlank()) {
            problems.add(line, "Điều kiện «" + p.getText() + "» của quy tắc không kiểm tra được, không được dùng.");
            return;
        }
        JType type = new CodeCheck(scope, problems).declaredType(p.getObjectType(), line);
        if (p.getIdentifier() != null) {
            scope.declare(p.getIdentifier(), type);
        }
        if (p.getSource() instanceof FromDescr from) {
            String source = from.getExpression();
            new CodeCheck(scope.as(Scope.Kind.EXPRESSION, null), problems).expression(source, lineOf(source, p.getStartCharacter(), line));
        } else if (p.getSource() instanceof AccumulateDescr acc) {
            accumulate(acc, scope, line);
        } else if (p.getSource() instanceof CollectDescr collect) {
            pattern(collect.getInputPattern(), scope, line);
        } else if (p.getSource() != null && !(p.getSource() instanceof EntryPointDescr)) {
            problems.add(line, "Nguồn dữ kiện «" + p.getSource().getText() + "» của quy tắc không kiểm tra được, không được dùng.");
        }
        for (BaseDescr constraint : p.getConstraint().getDescrs()) {
            int at = constraint.getLine() > 0 ? constraint.getLine() : line;
            if (constraint instanceof ExprConstraintDescr e) {
                constraint(e.getExpression(), scope, type, at);
            } else {
                problems.add(at, "Ràng buộc «" + constraint.getText() + "» của quy tắc không kiểm tra được, không được dùng.");
            }
        }
    }

    private void accumulate(AccumulateDescr acc, Scope scope, int line) {
        element(acc.getInput(), scope, line);
        if (acc.isExternalFunction() || acc.getInitCode() != null) {
            for (String code : new String[] {acc.getInitCode(), acc.getActionCode(), acc.getReverseCode()}) {
                if (code != null && !code.isBlank()) { // one scope: what init declares, action and result use
                    new CodeCheck(scope.as(Scope.Kind.EXPRESSION, null), problems).block(code, lineOf(code, acc.getStartCharacter(), line));
                }
            }
            if (acc.getResultCode() != null) {
                new CodeCheck(scope, problems).expression(acc.getResultCode(), lineOf(acc.getResultCode(), acc.getStartCharacter(), line));
            }
        }
        for (AccumulateDescr.AccumulateFunctionCallDescr f : acc.getFunctions()) {
            Class<?> result = ACCUMULATE.get(f.getFunction());
            if (result == null) {
                problems.add(line, "Quy tắc dùng hàm gộp «" + f.getFunction() + "»; chỉ được dùng các hàm gộp có sẵn của Drools ("
                        + String.join(", ", new java.util.TreeSet<>(ACCUMULATE.keySet())) + ").");
                continue;
            }
            JType argument = null;
            for (String param : f.getParams()) {
                argument = new CodeCheck(scope.as(Scope.Kind.EXPRESSION, null), problems).expression(param, line);
            }
            if (f.getBind() != null) {
                boolean collection = result == List.class || result == Set.class;
                scope.declare(f.getBind(), collection && argument != null ? new JType(result, List.of(argument)) : JType.of(result));
            }
        }
    }

    /** A constraint as Drools splits it: bindings and the operands of each comparison, each a Java expression. */
    private void constraint(String expression, Scope scope, JType self, int line) {
        DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(LanguageLevelOption.DRL6);
        ConstraintConnectiveDescr parsed = parser.parse(expression);
        if (parser.hasErrors() || parsed == null || !ConstraintText.covered(expression, parsed)) {
            problems.add(line, "Ràng buộc «" + expression + "» không kiểm tra được (cú pháp MVEL hoặc không đọc được),"
                    + " không được dùng.");
            return;
        }
        operand(parsed, scope, self, line);
    }

    private void operand(BaseDescr descr, Scope scope, JType self, int line) {
        if (descr instanceof ConstraintConnectiveDescr c) {
            c.getDescrs().forEach(d -> operand(d, scope, self, line));
        } else if (descr instanceof RelationalExprDescr r) {
            operand(r.getLeft(), scope, self, line);
            operand(r.getRight(), scope, self, line);
        } else if (descr instanceof BindingDescr b) {
            JType type = new CodeCheck(scope.as(Scope.Kind.CONSTRAINT, self), problems).expression(b.getExpression(), line);
            scope.declare(b.getVariable(), type);
        } else if (descr instanceof AtomicExprDescr a) {
            if (!a.isLiteral()) {
                new CodeCheck(scope.as(Scope.Kind.CONSTRAINT, self), problems).expression(a.getExpression(), line);
            }
        } else {
            problems.add(line, "Ràng buộc «" + descr.getText() + "» không kiểm tra được, không được dùng.");
        }
    }

    /** The DRL line where a piece of code starts: the parser keeps its text but not always its line. */
    private int lineOf(String code, int from, int fallback) {
        String start = code.strip().lines().findFirst().orElse("");
        int at = start.isEmpty() ? -1 : drl.indexOf(start, Math.max(0, from));
        if (at < 0) {
            return Math.max(1, fallback);
        }
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (drl.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
