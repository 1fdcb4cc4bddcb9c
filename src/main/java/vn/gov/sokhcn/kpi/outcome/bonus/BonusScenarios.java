package vn.gov.sokhcn.kpi.outcome.bonus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.evaluation.facts.Rating;
import vn.gov.sokhcn.kpi.outcome.bonus.AgencyPeople.Person;
import vn.gov.sokhcn.kpi.outcome.bonus.BonusFacts.BonusPerson;
import vn.gov.sokhcn.kpi.ruleset.CompiledRuleSet;

/**
 * The bonus of a year as it would be under given ratings and a given rule set (a trial: the ratings of
 * a candidate and its own bonus table): for every agency, its fund (entered by HR, or the policy's share
 * of the base salary fund, as {@link BonusService} computes it) split by the rules' weights to the đồng.
 * Nothing is stored.
 */
@Component
public class BonusScenarios {
    private final JdbcClient jdbc;
    private final Agencies agencies;
    private final AgencyPeople people;
    private final BaseSalaries baseSalaries;
    private final BonusFunds funds;
    private final BonusRules rules;

    BonusScenarios(JdbcClient jdbc, Agencies agencies, AgencyPeople people, BaseSalaries baseSalaries, BonusFunds funds,
                   BonusRules rules) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.people = people;
        this.baseSalaries = baseSalaries;
        this.funds = funds;
        this.rules = rules;
    }

    /** One agency's split: the fund, where it came from (ENTERED or COMPUTED), the đồng left over and each share by employee code. */
    public record AgencySplit(String agency, String agencyName, int version, String policy, String policyLabel, long fund,
                              String fundSource, long remainder, Map<String, Long> shares) {
    }

    /**
     * The split of every agency having at least one of {@code rated} among its people; a person of the
     * agency without a rating in {@code rated} counts as NOT_RATED.
     */
    public List<AgencySplit> split(int year, Map<String, Rating> rated, CompiledRuleSet ruleSet) {
        Map<Integer, Long> baseByMonth = baseSalaries.byMonth(year);
        List<AgencySplit> splits = new ArrayList<>();
        for (String code : jdbc.sql("SELECT code FROM units WHERE agency = TRUE ORDER BY sort_order, code").query(String.class).list()) {
            Agencies.Agency agency = agencies.byCode(code);
            List<Person> staff = people.of(agencies.unitsOf(agency), year, baseByMonth);
            if (staff.stream().noneMatch(p -> rated.containsKey(p.code()))) {
                continue;
            }
            Map<String, BonusPerson> facts = new LinkedHashMap<>();
            staff.forEach(p -> facts.put(p.code(), new BonusPerson(p.code(), rated.getOrDefault(p.code(), Rating.NOT_RATED),
                    p.months().size())));
            BonusRules.Decision decision = rules.decide(ruleSet, year, facts.values());
            BonusFundRow policy = decision.policy().row();
            BigDecimal baseFund = staff.stream().map(Person::baseSalary).reduce(BigDecimal.ZERO, BigDecimal::add);
            var entered = funds.find(year, agency);
            long fund = entered.map(BonusFunds.EnteredFund::amount).orElseGet(() -> baseFund
                    .multiply(BigDecimal.valueOf(policy.getSharePercent()))
                    .divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN).longValueExact());
            Map<String, BigDecimal> weights = new LinkedHashMap<>();
            decision.weights().forEach(w -> weights.put(w.person().employee(), w.weight()));
            Map<String, BigDecimal> ordered = new LinkedHashMap<>();
            staff.forEach(p -> ordered.put(p.code(), weights.get(p.code())));
            Allocation.Result result = Allocation.split(fund, ordered);
            Map<String, Long> shares = new LinkedHashMap<>();
            result.shares().forEach((k, s) -> shares.put(k, s.amount()));
            splits.add(new AgencySplit(agency.code(), agency.name(), ruleSet.version(), policy.getPolicy(), policy.getLabel(),
                    fund, entered.isPresent() ? "ENTERED" : "COMPUTED", result.remainder(), shares));
        }
        return splits;
    }
}
