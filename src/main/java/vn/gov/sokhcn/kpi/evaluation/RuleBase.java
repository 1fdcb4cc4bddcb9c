package vn.gov.sokhcn.kpi.evaluation;

import org.kie.api.runtime.KieSession;

/**
 * What an evaluation needs of a built rule set: sessions, reasons and the version to record. An
 * interface (implemented by {@code ruleset.CompiledRuleSet}) because rule sets are compiled, checked
 * and versioned above evaluation, from the facts and rows evaluation defines: the rule files name
 * those classes, so evaluation cannot move above the rule sets without breaking stored versions.
 */
public interface RuleBase {

    /** A session for one evaluation; the caller inserts facts, fires and disposes it. */
    KieSession newSession(Explanations explain);

    Explanations newExplanations();

    int version();

    String sha256();
}
