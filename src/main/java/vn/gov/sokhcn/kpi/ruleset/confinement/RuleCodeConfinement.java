package vn.gov.sokhcn.kpi.ruleset.confinement;

import java.util.List;
import vn.gov.sokhcn.kpi.ruleset.RuleProblem;
import vn.gov.sokhcn.kpi.ruleset.RuleSetFiles;

/**
 * STUB (issue 13, point 3 is another helper's): the static confinement check of rule code, replaced by the
 * real check when the branches are merged. It must never run rule code: it only reads the files.
 */
public final class RuleCodeConfinement {
    private RuleCodeConfinement() {
    }

    public static List<RuleProblem> check(RuleSetFiles files) {
        return List.of();
    }
}
