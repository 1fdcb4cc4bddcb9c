package vn.gov.sokhcn.kpi.appraisal.rules;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.ruleset.CompiledRuleSet;
import vn.gov.sokhcn.kpi.ruleset.version.RuleSetVersions;
import vn.gov.sokhcn.kpi.system.NotFoundException;

/**
 * The rule set a run was computed with: the procedure that rests on a run reads its tables from that
 * version, not from the one in force today, so a later activation never changes a cycle's rules.
 */
@Component
class RunRuleSet {
    private final JdbcClient jdbc;
    private final RuleSetVersions versions;

    RunRuleSet(JdbcClient jdbc, RuleSetVersions versions) {
        this.jdbc = jdbc;
        this.versions = versions;
    }

    CompiledRuleSet of(long runId) {
        Integer version = jdbc.sql("SELECT rule_set_version FROM evaluation_runs WHERE id = ?").param(runId)
                .query(Integer.class).optional().orElseThrow(() -> new NotFoundException("lượt tính", runId));
        return versions.compiled(version);
    }
}
