package vn.gov.sokhcn.kpi.outcome.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.evaluation.Reason;
import vn.gov.sokhcn.kpi.outcome.staffing.OutcomeRules;
import vn.gov.sokhcn.kpi.security.Scope;
import vn.gov.sokhcn.kpi.system.NotFoundException;

/** Training plans from the needs the outcome rules find: a person's, ranked by gap; a unit's, per competency. */
@Component
public class TrainingPlans {
    private static final Comparator<TrainingNeed> BY_GAP = Comparator.comparingInt((TrainingNeed n) -> -n.gap().gap())
            .thenComparing(n -> n.gap().competency()).thenComparing(n -> n.gap().employee());

    private final JdbcClient jdbc;
    private final CompetencyGaps gaps;
    private final OutcomeRules rules;
    private final Scope scope;

    TrainingPlans(JdbcClient jdbc, CompetencyGaps gaps, OutcomeRules rules, Scope scope) {
        this.jdbc = jdbc;
        this.gaps = gaps;
        this.rules = rules;
        this.scope = scope;
    }

    record NeedView(String competency, String competencyName, int required, int assessed, int gap, List<Reason> reasons) {
    }

    record PersonPlan(String employee, String name, String unit, List<NeedView> needs) {
    }

    public record PersonGap(String employee, String name, int required, int assessed, int gap) {
    }

    public record CompetencyNeed(String competency, String competencyName, int people, int largestGap, List<PersonGap> employees) {
    }

    public record UnitPlan(String unit, String name, List<CompetencyNeed> needs) {
    }

    private record Person(long id, String code, String name, long unitId, String unit) {
    }

    PersonPlan ofEmployee(String code) {
        Person p = jdbc.sql("SELECT e.id, e.code, e.full_name, e.unit_id, u.code AS unit FROM employees e"
                        + " JOIN units u ON u.id = e.unit_id WHERE e.code = :code").param("code", code)
                .query((rs, n) -> new Person(rs.getLong("id"), rs.getString("code"), rs.getString("full_name"),
                        rs.getLong("unit_id"), rs.getString("unit")))
                .optional().orElseThrow(() -> new NotFoundException("cán bộ", code));
        scope.requireEmployee(p.id(), p.unitId(), "Bạn chỉ xem được kế hoạch đào tạo của chính mình"
                + " hoặc của cán bộ thuộc đơn vị mình phụ trách; không xem được kế hoạch của «" + code + "».");
        List<NeedView> needs = needs(gaps.ofEmployee(p.id())).stream()
                .map(n -> new NeedView(n.gap().competency(), n.gap().competencyName(), n.gap().required(),
                        n.gap().assessed(), n.gap().gap(), List.of(n.reason())))
                .toList();
        return new PersonPlan(p.code(), p.name(), p.unit(), needs);
    }

    public UnitPlan ofUnit(String code) {
        record Unit(long id, String name) {
        }
        Unit unit = jdbc.sql("SELECT id, name FROM units WHERE code = :code").param("code", code)
                .query((rs, n) -> new Unit(rs.getLong("id"), rs.getString("name")))
                .optional().orElseThrow(() -> new NotFoundException("đơn vị", code));
        scope.requireUnit(unit.id(), "Bạn chỉ xem được kế hoạch đào tạo của đơn vị mình phụ trách;"
                + " không xem được kế hoạch của đơn vị «" + code + "».");
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("SELECT code, full_name FROM employees WHERE unit_id = :id").param("id", unit.id())
                .query((rs, n) -> names.put(rs.getString("code"), rs.getString("full_name"))).list();
        Map<String, List<TrainingNeed>> byCompetency = new LinkedHashMap<>();
        for (TrainingNeed need : needs(gaps.ofUnit(unit.id()))) {
            byCompetency.computeIfAbsent(need.gap().competency(), k -> new ArrayList<>()).add(need);
        }
        List<CompetencyNeed> plan = byCompetency.values().stream().map(list -> {
            CompetencyGap first = list.get(0).gap();
            List<PersonGap> people = list.stream().map(n -> new PersonGap(n.gap().employee(),
                    names.get(n.gap().employee()), n.gap().required(), n.gap().assessed(), n.gap().gap())).toList();
            return new CompetencyNeed(first.competency(), first.competencyName(), people.size(), first.gap(), people);
        }).sorted(Comparator.comparingInt((CompetencyNeed c) -> -c.largestGap()).thenComparingInt(c -> -c.people())
                .thenComparing(CompetencyNeed::competency)).toList();
        return new UnitPlan(code, unit.name(), plan);
    }

    /** The needs among these gaps, largest gap first. */
    private List<TrainingNeed> needs(List<CompetencyGap> gaps) {
        return OutcomeRules.only(rules.run(gaps), TrainingNeed.class).stream().sorted(BY_GAP).toList();
    }
}
