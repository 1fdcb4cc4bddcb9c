package vn.gov.sokhcn.kpi.ruleset.validation;

import vn.gov.sokhcn.kpi.evaluation.policy.RegimeRow;
import vn.gov.sokhcn.kpi.ruleset.CompiledRuleSet;

/** How a problem names a regime: «its label» from the regime table; the code as written when no row has it. */
final class RegimeNames {
    private RegimeNames() {
    }

    static String of(CompiledRuleSet compiled, String code) {
        return compiled.rows().stream().filter(RegimeRow.class::isInstance).map(RegimeRow.class::cast)
                .filter(r -> code != null && code.equals(r.getCode()) && r.getLabel() != null && !r.getLabel().isBlank())
                .findFirst().map(r -> "«" + r.getLabel() + "»").orElse("«" + code + "»");
    }
}
