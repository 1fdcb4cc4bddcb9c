package vn.gov.sokhcn.kpi.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Assignment;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Employee;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.GeneralCriteria;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Indicator;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.IndicatorKind;
import vn.gov.sokhcn.kpi.organisation.Leadership;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.MonthScore;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Period;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.PeriodKind;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Polarity;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.QuotaExemption;
import vn.gov.sokhcn.kpi.organisation.StaffType;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Tasks;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Unit;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.UnitMonth;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationResponse;
import vn.gov.sokhcn.kpi.evaluation.api.FactAssembler;
import vn.gov.sokhcn.kpi.evaluation.api.ResultAssembler;
import vn.gov.sokhcn.kpi.ruleset.CompiledRuleSet;
import vn.gov.sokhcn.kpi.ruleset.RuleFolders;
import vn.gov.sokhcn.kpi.ruleset.compile.RuleSetCompiler;
import vn.gov.sokhcn.kpi.ruleset.RuleSetLoader;

/**
 * Builds evaluation requests for rule tests and evaluates them in process with the shipped rule
 * files (compiled once per test JVM), without Spring.
 */
public final class Evaluations {
    private static CompiledRuleSet shipped;

    private final Period period;
    private final List<Unit> units = new ArrayList<>();
    private final List<Employee> employees = new ArrayList<>();
    private final List<Assignment> assignments = new ArrayList<>();
    private final List<QuotaExemption> exemptions = new ArrayList<>();

    private Evaluations(Period period) {
        this.period = period;
        units.add(new Unit("SO", "Sở Khoa học và Công nghệ", null, false, false));
    }

    public static synchronized CompiledRuleSet shippedRuleSet() {
        if (shipped == null) {
            shipped = new RuleSetCompiler().compile(1, new RuleSetLoader(new RuleFolders(null, null)).load());
        }
        return shipped;
    }

    /** A month of 2026 (Decree 335). */
    public static Evaluations month2026() {
        return new Evaluations(new Period("2026-03", PeriodKind.MONTH, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));
    }

    /** A month of the 2023 pilot (Decree 90/2020, no quota). */
    public static Evaluations pilotMonth() {
        return new Evaluations(new Period("2023-06", PeriodKind.MONTH, LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 30)));
    }

    /** A month under Decree 48/2023, between the pilot and Decree 335. */
    public static Evaluations month2024() {
        return new Evaluations(new Period("2024-10", PeriodKind.MONTH, LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 31)));
    }

    /** A month starting on {@code start}: the regime in force follows from that date. */
    public static Evaluations monthStarting(LocalDate start) {
        return new Evaluations(new Period(start.toString().substring(0, 7), PeriodKind.MONTH, start,
                start.plusMonths(1).minusDays(1)));
    }

    /** Quarter {@code q} of {@code year}. */
    public static Evaluations quarter(int year, int q) {
        LocalDate start = LocalDate.of(year, (q - 1) * 3 + 1, 1);
        return new Evaluations(new Period(year + "-Q" + q, PeriodKind.QUARTER, start, start.plusMonths(3).minusDays(1)));
    }

    public static Evaluations year(int year) {
        return new Evaluations(new Period(String.valueOf(year), PeriodKind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }

    public Evaluations unit(String code, String parent) {
        units.add(new Unit(code, "Đơn vị " + code, parent, false, false));
        return this;
    }

    public Evaluations sanctionedUnit(String code, String parent) {
        units.add(new Unit(code, "Đơn vị " + code, parent, true, false));
        return this;
    }

    public Evaluations agency(String code, String parent) {
        units.add(new Unit(code, "Cơ quan " + code, parent, false, true));
        return this;
    }

    /** A person whose general criteria total {@code general} points (split evenly over the four). */
    public Evaluations person(String id, String unit, Leadership leadership, double general) {
        return person(new Employee(id, "Cán bộ " + id, unit, StaffType.CIVIL_SERVANT, leadership, null,
                even(general), null, null, null, null, null));
    }

    /** A person of a given staff type and task group (null: the default, the staff type's name). */
    public Evaluations person(String id, String unit, StaffType staffType, String taskGroup, Leadership leadership,
                              double general) {
        return person(new Employee(id, "Cán bộ " + id, unit, staffType, leadership, taskGroup,
                even(general), null, null, null, null, null));
    }

    /** A person without leadership, with {@code general} points and one assignment achieved at {@code actual}%. */
    public Evaluations achiever(String id, String unit, double general, double actual) {
        return person(id, unit, Leadership.NONE, general).achieving(id, actual);
    }

    /** A person disciplined (reprimand or higher) in the period's year. */
    public Evaluations disciplined(String id, String unit, Leadership leadership, double general) {
        return person(new Employee(id, "Cán bộ " + id, unit, StaffType.CIVIL_SERVANT, leadership, null,
                even(general), true, null, null, null, null));
    }

    /**
     * A person whose rating before any leader cap or quota is {@code rating} in every regime, the
     * pilot conditions included: HTXSNV 100 points (110% achieved), HTTNV 80 (100% achieved),
     * HTNV 60 (four of five equal-weight assignments at 100%, one at 0: 80% achieved, 80% completed),
     * KHTNV 35 (50% achieved), NOT_RATED no assignments.
     */
    public Evaluations rated(String id, String unit, Leadership leadership, String rating) {
        return switch (rating) {
            case "HTXSNV" -> person(id, unit, leadership, 30).achieving(id, 110);
            case "HTTNV" -> person(id, unit, leadership, 10).achieving(id, 100);
            case "HTNV" -> person(id, unit, leadership, 4).achievingAll(id, 100, 100, 100, 100, 0);
            case "KHTNV" -> person(id, unit, leadership, 0).achieving(id, 50);
            case "NOT_RATED" -> person(id, unit, leadership, 30);
            default -> throw new IllegalArgumentException(rating);
        };
    }

    /** Several people of a unit, without leadership, each rated {@code rating} as by {@link #rated}. */
    public Evaluations staff(String unit, String rating, String... ids) {
        for (String id : ids) {
            rated(id, unit, Leadership.NONE, rating);
        }
        return this;
    }

    /** A civil servant of {@code unit} with the given general criteria and defaults for the rest. */
    public Evaluations person(String id, String unit, Leadership leadership, GeneralCriteria criteria) {
        return person(new Employee(id, "Cán bộ " + id, unit, StaffType.CIVIL_SERVANT, leadership, null,
                criteria, null, null, null, null, null));
    }

    /**
     * A civil servant rolled up from monthly scores: {@code scores[i]} is the score of month i + 1 of
     * the period's year (from the period's first month), without task or general points.
     */
    public Evaluations rolledUp(String id, String unit, Leadership leadership, double... scores) {
        return person(rolledUpPerson(id, unit, leadership, null, null, null, null, months(scores)));
    }

    /** A civil servant rolled up from the given monthly scores, with time, leave and discipline as given. */
    public Evaluations rolledUp(String id, String unit, Leadership leadership, Boolean disciplined, Double monthsWorked,
                                Double leaveMonths, Boolean maternityLeave, List<MonthScore> months) {
        return person(rolledUpPerson(id, unit, leadership, disciplined, monthsWorked, leaveMonths, maternityLeave, months));
    }

    private static Employee rolledUpPerson(String id, String unit, Leadership leadership, Boolean disciplined,
                                           Double monthsWorked, Double leaveMonths, Boolean maternityLeave,
                                           List<MonthScore> months) {
        return new Employee(id, "Cán bộ " + id, unit, StaffType.CIVIL_SERVANT, leadership, null, null, disciplined, null,
                monthsWorked, leaveMonths, maternityLeave, months);
    }

    /** Monthly scores of consecutive months from the period's first month. */
    public List<MonthScore> months(double... scores) {
        List<MonthScore> months = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            months.add(new MonthScore(monthCode(i), scores[i], null, null));
        }
        return months;
    }

    /** The code of the period's {@code i}-th month (0 = the first), as 2026-01. */
    public String monthCode(int i) {
        return period.start().plusMonths(i).toString().substring(0, 7);
    }

    /** A unit rolled up from its monthly results. */
    public Evaluations rolledUpUnit(String code, String parent, UnitMonth... months) {
        units.add(new Unit(code, "Đơn vị " + code, parent, false, false, List.of(months)));
        return this;
    }

    public Evaluations person(Employee employee) {
        employees.add(employee);
        return this;
    }

    public static GeneralCriteria even(double total) {
        return new GeneralCriteria(total / 4, total / 4, total / 4, total / 4);
    }

    /** One assignment of weight 100 with a HIGHER_IS_BETTER indicator of target 100. */
    public Evaluations achieving(String holder, double actual) {
        return assign(holder, Polarity.HIGHER_IS_BETTER, 100.0, actual, 100);
    }

    /** Equal-weight HIGHER_IS_BETTER assignments of target 100, one per actual value. */
    public Evaluations achievingAll(String holder, double... actuals) {
        for (double actual : actuals) {
            assign(holder, Polarity.HIGHER_IS_BETTER, 100.0, actual, 100.0 / actuals.length);
        }
        return this;
    }

    public Evaluations assign(String holder, Polarity polarity, Double target, Double actual, double weight) {
        return assign(new Assignment(holder, indicator(polarity), target, weight, actual, null, null, null));
    }

    /** One assignment with an optional threshold and stretch. */
    public Evaluations assign(String holder, Polarity polarity, Double target, Double actual, Double threshold,
                              Double stretch, double weight) {
        return assign(new Assignment(holder, indicator(polarity), target, weight, actual, threshold, stretch, null));
    }

    public Evaluations assignTasks(String holder, double weight, Tasks tasks) {
        return assign(new Assignment(holder, indicator(Polarity.TASKS), null, weight, null, null, null, tasks));
    }

    public Evaluations assign(Assignment assignment) {
        assignments.add(assignment);
        return this;
    }

    public Evaluations exempt(String agency) {
        exemptions.add(new QuotaExemption(agency, "admin", "Thành tích xuất sắc"));
        return this;
    }

    public static Indicator indicator(Polarity polarity) {
        return new Indicator("IND-" + polarity, "Chỉ số " + polarity, IndicatorKind.KPI, polarity);
    }

    public EvaluationRequest request() {
        return new EvaluationRequest(period, List.copyOf(units), List.copyOf(employees), List.copyOf(assignments),
                List.copyOf(exemptions));
    }

    public EvaluationResponse evaluate() {
        return evaluate(request());
    }

    public static EvaluationResponse evaluate(EvaluationRequest request) {
        return evaluate(request, shippedRuleSet());
    }

    /** The same under another rule set (the shipped files with a table changed). */
    public EvaluationResponse evaluate(CompiledRuleSet ruleSet) {
        return evaluate(request(), ruleSet);
    }

    private static EvaluationResponse evaluate(EvaluationRequest request, CompiledRuleSet ruleSet) {
        Facts facts = new FactAssembler().assemble(request);
        return new ResultAssembler().assemble(facts, new RuleSessionRunner().run(ruleSet, facts));
    }

    public static EvaluationResponse.EmployeeResult employee(EvaluationResponse response, String id) {
        return response.employees().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    public static EvaluationResponse.UnitResult unitOf(EvaluationResponse response, String code) {
        return response.units().stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
    }

    /** The reasons of a person (the period's first), in order. */
    public static List<Reason> reasons(EvaluationResponse response, String id) {
        return employee(response, id).reasons();
    }

    /** The reasons of a person written by the named rule. */
    public static List<Reason> reasonsOf(EvaluationResponse response, String id, String rule) {
        return reasons(response, id).stream().filter(r -> r.rule().equals(rule)).toList();
    }

    /** The reasons' messages of a person, in order. */
    public static List<String> messages(EvaluationResponse response, String id) {
        return employee(response, id).reasons().stream().map(Reason::message).toList();
    }

    /** The reasons of a person whose source starts with {@code sourcePrefix}, in order. */
    public static List<Reason> reasonsFrom(EvaluationResponse response, String id, String sourcePrefix) {
        return employee(response, id).reasons().stream().filter(r -> r.source().startsWith(sourcePrefix)).toList();
    }

    /** The sources of a person's reasons that start with {@code sourcePrefix}, in order. */
    public static List<String> sourcesFrom(EvaluationResponse response, String id, String sourcePrefix) {
        return reasonsFrom(response, id, sourcePrefix).stream().map(Reason::source).toList();
    }

    /** The reasons' messages of a unit, in order. */
    public static List<String> unitMessages(EvaluationResponse response, String code) {
        return unitOf(response, code).reasons().stream().map(Reason::message).toList();
    }

    /** The ids of the people with a final rating, in request order. */
    public static List<String> ratedAs(EvaluationResponse response, String rating) {
        return response.employees().stream().filter(e -> e.rating().equals(rating))
                .map(EvaluationResponse.EmployeeResult::id).toList();
    }

    static List<String> list(String... values) {
        return Arrays.asList(values);
    }
}
