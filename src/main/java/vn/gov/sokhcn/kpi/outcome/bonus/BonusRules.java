package vn.gov.sokhcn.kpi.outcome.bonus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.kie.api.runtime.KieSession;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.outcome.bonus.BonusFacts.BonusPerson;
import vn.gov.sokhcn.kpi.outcome.bonus.BonusFacts.BonusPolicy;
import vn.gov.sokhcn.kpi.outcome.bonus.BonusFacts.BonusWeight;
import vn.gov.sokhcn.kpi.outcome.bonus.BonusFacts.BonusYear;
import vn.gov.sokhcn.kpi.ruleset.version.ActiveRuleSet;
import vn.gov.sokhcn.kpi.ruleset.CompiledRuleSet;
import vn.gov.sokhcn.kpi.system.ConflictException;

/**
 * Runs the bonus rules (package {@code thuong}) of the rule set in force for the year over its
 * people: only those rules fire, so nothing of an evaluation happens in this session.
 */
@Component
class BonusRules {
    static final String PACKAGE = "thuong";

    private final ActiveRuleSet active;

    BonusRules(ActiveRuleSet active) {
        this.active = active;
    }

    /** What the rules decided: the policy, each person's weight, and the rule set that decided. */
    record Decision(CompiledRuleSet ruleSet, BonusPolicy policy, List<BonusWeight> weights) {
    }

    Decision decide(int year, Collection<BonusPerson> people) {
        return decide(active.forPeriod(LocalDate.of(year, 1, 1)), year, people);
    }

    /** The same with a given rule set (a trial's candidate). */
    Decision decide(CompiledRuleSet ruleSet, int year, Collection<BonusPerson> people) {
        LocalDate start = LocalDate.of(year, 1, 1);
        KieSession session = ruleSet.newSession(ruleSet.newExplanations());
        try {
            session.insert(new BonusYear(year, start.withDayOfYear(start.lengthOfYear()).toString()));
            people.forEach(session::insert);
            session.fireAllRules(match -> PACKAGE.equals(match.getRule().getPackageName()));
            List<BonusPolicy> policies = new ArrayList<>();
            List<BonusWeight> weights = new ArrayList<>();
            for (Object fact : session.getObjects()) {
                if (fact instanceof BonusPolicy p) {
                    policies.add(p);
                } else if (fact instanceof BonusWeight w) {
                    weights.add(w);
                }
            }
            if (policies.size() != 1) {
                throw new ConflictException("Bảng «Quỹ thưởng» (decision-tables/thuong.drl.xlsx) có " + policies.size()
                        + " chính sách thưởng áp dụng cho năm " + year + "; phải có đúng một.");
            }
            BonusPolicy policy = policies.get(0);
            for (BonusPerson person : people) {
                if (weights.stream().noneMatch(w -> w.person().equals(person))) {
                    throw new ConflictException("Bảng «Hệ số thưởng» không có hệ số của xếp loại " + person.rating()
                            + " theo chính sách «" + policy.code() + "».");
                }
            }
            return new Decision(ruleSet, policy, weights);
        } finally {
            session.dispose();
        }
    }
}
