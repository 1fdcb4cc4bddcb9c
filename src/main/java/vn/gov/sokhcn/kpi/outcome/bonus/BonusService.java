package vn.gov.sokhcn.kpi.outcome.bonus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.gov.sokhcn.kpi.appraisal.decided.CountedRating;
import vn.gov.sokhcn.kpi.appraisal.decided.RatingSource;
import vn.gov.sokhcn.kpi.evaluation.Reason;
import vn.gov.sokhcn.kpi.evaluation.facts.Rating;
import vn.gov.sokhcn.kpi.outcome.bonus.AgencyPeople.Person;
import vn.gov.sokhcn.kpi.outcome.bonus.BonusFacts.BonusPerson;
import vn.gov.sokhcn.kpi.outcome.bonus.BonusFacts.BonusWeight;
import vn.gov.sokhcn.kpi.security.Scope;
import vn.gov.sokhcn.kpi.security.Visibility;

/** Computes the bonus of a year and an agency: the fund, each person's weight by the rules, the split to the đồng. */
@Service
public class BonusService {
    static final String SPLIT_RULE = "Chia quỹ thưởng theo trọng số";

    private final Agencies agencies;
    private final AgencyPeople people;
    private final BaseSalaries baseSalaries;
    private final BonusFunds funds;
    private final YearRatings ratings;
    private final BonusRules rules;
    private final Scope scope;

    BonusService(Agencies agencies, AgencyPeople people, BaseSalaries baseSalaries, BonusFunds funds,
                 YearRatings ratings, BonusRules rules, Scope scope) {
        this.agencies = agencies;
        this.people = people;
        this.baseSalaries = baseSalaries;
        this.funds = funds;
        this.ratings = ratings;
        this.rules = rules;
        this.scope = scope;
    }

    public BonusView bonus(int year, String agencyCode) {
        Agencies.Agency agency = agencies.byCode(agencyCode);
        YearRatings.YearRun run = ratings.of(year);
        List<Person> staff = people.of(agencies.unitsOf(agency), year, baseSalaries.byMonth(year));
        Map<String, BonusPerson> facts = new LinkedHashMap<>();
        staff.forEach(p -> facts.put(p.code(), new BonusPerson(p.code(), counted(run, p).rating(), p.months().size())));
        BonusRules.Decision decision = rules.decide(year, facts.values());
        BonusFundRow policyRow = decision.policy().row();
        BigDecimal share = plain(BigDecimal.valueOf(policyRow.getSharePercent()));
        BigDecimal baseFund = staff.stream().map(Person::baseSalary).reduce(BigDecimal.ZERO, BigDecimal::add);
        var entered = funds.find(year, agency);
        long fund = entered.map(BonusFunds.EnteredFund::amount).orElseGet(() -> baseFund.multiply(share)
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN).longValueExact());
        String fundSource = entered.isPresent() ? "ENTERED" : "COMPUTED";
        String fundWhere = entered.isPresent() ? "bonus_funds:" + year + "/" + agency.code()
                : decision.ruleSet().cellOf(policyRow, BonusFundRow.SHARE);
        Map<String, BonusWeight> byPerson = new LinkedHashMap<>();
        decision.weights().forEach(w -> byPerson.put(w.person().employee(), w));
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        staff.forEach(p -> weights.put(p.code(), byPerson.get(p.code()).weight()));
        Allocation.Result split = Allocation.split(fund, weights);
        Visibility visibility = scope.visibility();
        List<BonusView.ShareView> shares = new ArrayList<>();
        boolean staffViewer = visibility.employeeId() != null;
        for (Person p : staff) {
            // A member of staff reads their share only once the year's rating is published: the share tells the rating.
            if (!visibility.seesEmployee(p.id(), p.unitId()) || staffViewer && !counted(run, p).published()) {
                continue;
            }
            BonusWeight w = byPerson.get(p.code());
            Allocation.Share s = split.shares().get(p.code());
            List<Reason> reasons = List.of(
                    new Reason(w.rule(), decision.ruleSet().cellOf(w.row(), BonusCoefficientRow.COEFFICIENT),
                            BonusReasons.weight(year, run, counted(run, p), p, w, policyRow)),
                    new Reason(SPLIT_RULE, fundWhere, BonusReasons.split(fund, fundSource, w, split, s)));
            CountedRating counted = counted(run, p);
            shares.add(new BonusView.ShareView(p.code(), p.name(), p.unit(), w.person().rating().name(),
                    counted.proposed().name(), counted.source().name(), p.months().size(),
                    BigDecimal.valueOf(w.row().getCoefficient()).stripTrailingZeros(), plain(w.weight()), s.amount(), reasons));
        }
        return new BonusView(year, agency.code(), agency.name(),
                new BonusView.Policy(policyRow.getPolicy(), policyRow.getLabel(), policyRow.getBasis(),
                        decision.ruleSet().cellOf(policyRow, BonusFundRow.SHARE)),
                run.runId(), run.period(), plain(baseFund), share, fund, fundSource, plain(split.totalWeight()),
                split.remainder(), staff.size(), shares);
    }

    /** A person the run did not rate (not in it) counts as NOT_RATED, by the run. */
    private static CountedRating counted(YearRatings.YearRun run, Person p) {
        CountedRating counted = run.ratings().get(p.id());
        return counted != null ? counted : new CountedRating(Rating.NOT_RATED, Rating.NOT_RATED, RatingSource.RUN, null,
                "không có kết quả trong lần đánh giá #" + run.runId(), false);
    }

    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
