package vn.gov.sokhcn.kpi.ruleset;

import java.util.ArrayList;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import vn.gov.sokhcn.kpi.evaluation.Explanations;
import vn.gov.sokhcn.kpi.evaluation.RuleBase;
import vn.gov.sokhcn.kpi.evaluation.policy.PolicyRow;
import vn.gov.sokhcn.kpi.evaluation.policy.PolicyRowException;
import vn.gov.sokhcn.kpi.evaluation.policy.PolicyRows;

/**
 * A built rule set: its KieBase (built once, shared by every evaluation) and the rows of its
 * decision tables, read once at build time, frozen, and inserted as facts into every evaluation.
 * The rules that built the rows are taken out of the KieBase once they have fired, so no session
 * builds a row again.
 */
public final class CompiledRuleSet implements RuleBase {
    private final int version;
    private final String sha256;
    private final KieBase kieBase;
    private final SourceIndex sources;
    private final List<PolicyRow> rows;
    private final List<GeneratedDrl> tables;

    private CompiledRuleSet(int version, String sha256, KieBase kieBase, SourceIndex sources, List<PolicyRow> rows,
                            List<GeneratedDrl> tables) {
        this.tables = List.copyOf(tables);
        this.version = version;
        this.sha256 = sha256;
        this.kieBase = kieBase;
        this.sources = sources;
        this.rows = rows;
    }

    public static CompiledRuleSet load(int version, String sha256, KieBase kieBase, SourceIndex sources,
                                List<GeneratedDrl> tables) {
        PolicyRows collected = PolicyRows.collecting(sources::of);
        KieSession session = kieBase.newKieSession();
        List<RuleProblem> problems = new ArrayList<>();
        try {
            session.setGlobal("rows", collected);
            session.setGlobal("explain", new Explanations(sources::of));
            session.fireAllRules();
        } catch (ConsequenceException e) {
            String where = sources.of(e.getRule());
            problems.add(new RuleProblem(where, "Không đọc được dòng của bảng: " + rootMessage(e)));
        } finally {
            session.dispose();
        }
        for (PolicyRow row : collected.all()) {
            for (PolicyRowException p : row.problems()) {
                problems.add(new RuleProblem(cellOf(row, p.column(), tables), "Cột «" + p.column() + "»: " + p.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleSetProblemsException(problems);
        }
        List<PolicyRow> rows = collected.freeze();
        for (Rule rule : collected.rowRules()) {
            kieBase.removeRule(rule.getPackageName(), rule.getName());
        }
        return new CompiledRuleSet(version, sha256, kieBase, sources, rows, tables);
    }

    /** The same build under another version number (the same files stored again): nothing is copied or built. */
    public CompiledRuleSet asVersion(int number) {
        return number == version ? this : new CompiledRuleSet(number, sha256, kieBase, sources, rows, tables);
    }

    /** The cell of a row's column: the row comes from its source, the column from the table's labels. */
    private static String cellOf(PolicyRow row, String column, List<GeneratedDrl> tables) {
        String source = row.getSource();
        int bang = source.lastIndexOf('!');
        if (bang < 0) {
            return source;
        }
        String sheetPath = source.substring(0, bang);
        int excelRow = Integer.parseInt(source.substring(bang + 1).replaceAll("[A-Z]", ""));
        return tables.stream().filter(t -> sheetPath.equals(t.file() + "!" + t.sheet())).findFirst()
                .map(t -> sheetPath + "!" + t.layout().cellOf(excelRow, column)).orElse(source);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /** A session for one evaluation, holding the frozen rows; the caller inserts facts, fires and disposes it. */
    public KieSession newSession(Explanations explain) {
        KieSession session = kieBase.newKieSession();
        session.setGlobal("rows", PolicyRows.discarding());
        session.setGlobal("explain", explain);
        rows.forEach(session::insert);
        return session;
    }

    public Explanations newExplanations() {
        return new Explanations(sources::of);
    }

    public int version() {
        return version;
    }

    public String sha256() {
        return sha256;
    }

    public List<PolicyRow> rows() {
        return rows;
    }

    /** Where a row's value of the column with this Vietnamese label sits: {@code decision-tables/f!sheet!D12}. */
    public String cellOf(PolicyRow row, String columnLabel) {
        return cellOf(row, columnLabel, tables);
    }
}
