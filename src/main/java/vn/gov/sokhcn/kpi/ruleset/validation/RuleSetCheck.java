package vn.gov.sokhcn.kpi.ruleset.validation;

import java.util.List;
import vn.gov.sokhcn.kpi.ruleset.CompiledRuleSet;
import vn.gov.sokhcn.kpi.ruleset.RuleProblem;
import vn.gov.sokhcn.kpi.ruleset.RuleSetFiles;

/**
 * A check of a rule set version that compiled: a problem the compiler cannot see (a gap between
 * bands, weights that do not total 100) — a table problem. Every
 * Spring bean implementing it runs when a version is validated; each problem names its cell.
 */
public interface RuleSetCheck {

    List<RuleProblem> check(RuleSetFiles files, CompiledRuleSet compiled);
}
