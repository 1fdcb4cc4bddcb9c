package vn.gov.sokhcn.kpi.ruleset.confinement;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.kie.internal.builder.conf.LanguageLevelOption;

/**
 * The conditions of a rule: pattern types, constraints (split by Drools' expression parser, each
 * operand a Java expression), {@code eval}, and the sources {@code from}, {@code accumulate} and
 * {@code collect}. The bindings they make go into the rule's scope, with their types, for the consequence.
 */
final class Conditions {
    /** Drools' own accumulate functions and the type of what they bind. */
    private static final Map<String, Class<?>> ACCUMULATE = Map.of("count", Long.class, "sum", Number.class,
            "average", Double.class, "min", Comparable.class, "max", Comparable.class, "collectList", List.class,
            "collectSet", Set.class, "countDistinct", Long.class);
    private final String drl;
    private final Problems problems;

    Conditions(String drl, Problems problems) {
        this.drl = drl;
        this.problems = problems;
    }

    void element(BaseDescr descr, Scope scope, int ruleLine) {
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
            new CodeCheck(scope.as(Scope.Kind.EXPRESSION, null), problems).expression(source, DrlLines.lineOf(drl, source, p.getStartCharacter(), line));
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
                    new CodeCheck(scope.as(Scope.Kind.EXPRESSION, null), problems).block(code, DrlLines.lineOf(drl, code, acc.getStartCharacter(), line));
                }
            }
            if (acc.getResultCode() != null) {
                new CodeCheck(scope, problems).expression(acc.getResultCode(), DrlLines.lineOf(drl, acc.getResultCode(), acc.getStartCharacter(), line));
            }
        }
        for (AccumulateDescr.AccumulateFunctionCallDescr f : acc.getFunctions()) {
            Class<?> result = ACCUMULATE.get(f.getFunction());
            if (result == null) {
                problems.add(line, "Quy tắc dùng hàm gộp «" + f.getFunction() + "»; chỉ được dùng các hàm gộp có sẵn của Drools ("
                        + String.join(", ", new TreeSet<>(ACCUMULATE.keySet())) + ").");
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
}
