package vn.gov.sokhcn.kpi.appraisal.rules;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.sokhcn.kpi.organisation.Unit;
import vn.gov.sokhcn.kpi.organisation.UnitTree;
import vn.gov.sokhcn.kpi.organisation.UnitTrees;
import vn.gov.sokhcn.kpi.system.NotFoundException;

/** Reads a {@link RunGroup} from the stored run: its period, exemptions and unit results. */
@Component
class RunGroups {
    private final JdbcClient jdbc;
    private final RunRuleSet ruleSets;
    private final UnitTrees trees;
    private final JsonMapper json;

    RunGroups(JdbcClient jdbc, RunRuleSet ruleSets, UnitTrees trees, JsonMapper json) {
        this.jdbc = jdbc;
        this.ruleSets = ruleSets;
        this.trees = trees;
        this.json = json;
    }

    RunGroup of(long runId) {
        Long periodId = jdbc.sql("SELECT period_id FROM evaluation_runs WHERE id = ?").param(runId).query(Long.class)
                .optional().orElseThrow(() -> new NotFoundException("lượt tính", runId));
        String start = jdbc.sql("SELECT start_date FROM periods WHERE id = ?").param(periodId)
                .query((rs, n) -> rs.getDate(1).toLocalDate().toString()).single();
        Set<String> exempt = new HashSet<>(jdbc.sql("""
                SELECT u.code FROM quota_exemptions x JOIN units u ON u.id = x.unit_id WHERE x.period_id = ?""")
                .param(periodId).query(String.class).list());
        Map<String, RunGroup.UnitTargets> units = new HashMap<>();
        jdbc.sql("SELECT subject_code, score, details FROM run_results WHERE run_id = ? AND employee_id IS NULL")
                .param(runId).query((rs, n) -> {
                    units.put(rs.getString(1), rs.getBigDecimal(2) == null ? null : targets(rs.getString(3)));
                    return null;
                }).list();
        UnitTree tree = trees.load();
        Map<String, Set<String>> below = new HashMap<>();
        for (Unit u : tree.all()) {
            below.put(u.code(), tree.codesWithBelow(u.code()));
        }
        return new RunGroup(ruleSets.of(runId), start, exempt, units, below);
    }

    private RunGroup.UnitTargets targets(String details) {
        JsonNode shares = json.readTree(details).path("shares");
        return new RunGroup.UnitTargets(percent(shares, "completedPercent"), percent(shares, "exceededPercent"),
                percent(shares, "onTimeAndQualityPercent"));
    }

    private static double percent(JsonNode shares, String field) {
        JsonNode value = shares.path(field);
        return value.isMissingNode() || value.isNull() ? 0 : new BigDecimal(value.asString()).doubleValue();
    }
}
