package vn.gov.sokhcn.kpi.evaluation.run;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.evaluation.Facts;
import vn.gov.sokhcn.kpi.evaluation.RuleSessionRunner;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Employee;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Unit;
import vn.gov.sokhcn.kpi.evaluation.api.FactAssembler;
import vn.gov.sokhcn.kpi.evaluation.facts.UnitFact;
import vn.gov.sokhcn.kpi.system.InvalidRequestException;

/**
 * The groups of agencies a run evaluates one at a time: those the rule sessions are split into
 * ({@link RuleSessionRunner#independentParts}), found from the period's units and people before any
 * assignment is read. A group's request names its own units and the units above them (so that the
 * tree is whole), its people, in the order of the period's.
 */
@Component
class AgencyGroups {
    private final FactAssembler facts;
    private final RuleSessionRunner runner;

    AgencyGroups(FactAssembler facts, RuleSessionRunner runner) {
        this.facts = facts;
        this.runner = runner;
    }

    /**
     * The groups of the period read without its assignments; one group of everything when {@code whole},
     * or when an agency is exempt from the quota: the exemption's reason is one of the period's, told to
     * everyone, but only a session with that agency's people says it.
     */
    List<Group> of(PeriodInputs withoutAssignments, boolean whole) {
        List<Unit> units = withoutAssignments.request().units();
        List<Employee> employees = withoutAssignments.request().employees();
        if (whole || !withoutAssignments.request().quotaExemptions().isEmpty()) {
            return List.of(group(withoutAssignments, units, employees, units.stream().map(Unit::code).toList()));
        }
        Facts assembled;
        try {
            assembled = facts.assemble(withoutAssignments.request());
        } catch (InvalidRequestException e) {
            // The evaluation of the whole tells these problems, with the assignments, as a run always has.
            return of(withoutAssignments, true);
        }
        Map<String, Employee> employeeById = new HashMap<>();
        employees.forEach(e -> employeeById.put(e.id(), e));
        return runner.independentParts(assembled).stream()
                .map(part -> group(withoutAssignments, units, part.employees().stream().map(e -> employeeById.get(e.id())).toList(),
                        part.units().stream().map(UnitFact::code).toList()))
                .toList();
    }

    private static Group group(PeriodInputs inputs, List<Unit> allUnits, List<Employee> employees, List<String> own) {
        Map<String, Unit> byCode = new HashMap<>();
        allUnits.forEach(u -> byCode.put(u.code(), u));
        Set<String> named = new HashSet<>();
        for (String code : own) {
            for (Unit u = byCode.get(code); u != null && named.add(u.code()); u = byCode.get(u.parent())) {
                // the unit and those above it, up to one already named
            }
        }
        return new Group(allUnits.stream().filter(u -> named.contains(u.code())).toList(), Set.copyOf(own),
                own.stream().map(inputs.unitIds()::get).toList(), employees);
    }

    /**
     * One group: the units its request names, those whose results it stores ({@code own}) with their ids,
     * and its people.
     */
    record Group(List<Unit> units, Set<String> own, List<Long> ownIds, List<Employee> employees) {
    }
}
