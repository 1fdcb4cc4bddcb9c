package vn.gov.sokhcn.kpi.appraisal.step;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.evaluation.policy.CriterionRow;
import vn.gov.sokhcn.kpi.ruleset.CompiledRuleSet;
import vn.gov.sokhcn.kpi.ruleset.version.ActiveRuleSet;
import vn.gov.sokhcn.kpi.ruleset.version.RuleSetVersions;

/**
 * The most points of each general criterion under the rule set of the run a cycle rests on (the
 * «Tiêu chí chung» rows), for checking a self-assessment; a run without a recorded version (written by
 * hand) reads the set in force for its period.
 */
@Component
class CriterionMaxima {
    private final JdbcClient jdbc;
    private final RuleSetVersions versions;
    private final ActiveRuleSet active;

    CriterionMaxima(JdbcClient jdbc, RuleSetVersions versions, ActiveRuleSet active) {
        this.jdbc = jdbc;
        this.versions = versions;
        this.active = active;
    }

    /** Per criterion code (POLITICS, ETHICS, STYLE, DISCIPLINE): its row. */
    Map<String, CriterionRow> of(long runId) {
        var run = jdbc.sql("""
                SELECT r.rule_set_version, p.start_date FROM evaluation_runs r JOIN periods p ON p.id = r.period_id
                WHERE r.id = :id""").param("id", runId)
                .query((rs, n) -> new Object[] {rs.getObject(1, Integer.class), rs.getObject(2, LocalDate.class)}).single();
        CompiledRuleSet set = run[0] != null ? versions.compiled((Integer) run[0]) : active.forPeriod((LocalDate) run[1]);
        Map<String, CriterionRow> rows = new LinkedHashMap<>();
        set.rows().stream().filter(CriterionRow.class::isInstance).map(CriterionRow.class::cast)
                .forEach(row -> rows.put(row.getCode(), row));
        return rows;
    }
}
