package vn.gov.sokhcn.kpi.ruleset.confinement;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.drools.drl.ast.descr.AbstractClassTypeDeclarationDescr;
import org.drools.drl.ast.descr.AccumulateImportDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.EnumDeclarationDescr;
import org.drools.drl.ast.descr.EnumLiteralDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.QualifiedName;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.WindowDeclarationDescr;
import org.drools.drl.ast.descr.TypeFieldDescr;

/** Walks one parsed DRL package: imports, globals, declared types, functions, every rule's conditions and consequence. */
final class PackageCheck {
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
        new CodeCheck(scope, problems).block(f.getBody(), DrlLines.lineOf(drl, f.getBody(), f.getStartCharacter(), f.getLine()));
    }

    private void rule(RuleDescr rule) {
        rule.getAttributes().values().forEach(a -> attribute(a, a.getLine() > 0 ? a.getLine() : rule.getLine()));
        Scope scope = scope(globals);
        if (rule.getLhs() != null) {
            new Conditions(drl, problems).element(rule.getLhs(), scope, rule.getLine());
        }
        scope.declare("drools", JType.of(org.drools.core.rule.consequence.KnowledgeHelper.class));
        scope.declare("kcontext", JType.of(org.kie.api.runtime.rule.RuleContext.class));
        scope.as(Scope.Kind.CONSEQUENCE, null);
        if (rule.getConsequence() instanceof String code && !code.isBlank()) {
            new CodeCheck(scope, problems).block(code, DrlLines.lineOf(drl, code, rule.getStartCharacter(), rule.getConsequenceLine()));
        }
        for (Object named : rule.getNamedConsequences().values()) {
            if (named instanceof String code && !code.isBlank()) {
                new CodeCheck(scope, problems).block(code, DrlLines.lineOf(drl, code, rule.getStartCharacter(), rule.getConsequenceLine()));
            }
        }
    }

}
