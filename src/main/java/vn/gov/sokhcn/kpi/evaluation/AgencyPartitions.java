package vn.gov.sokhcn.kpi.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.gov.sokhcn.kpi.evaluation.facts.AssignmentFact;
import vn.gov.sokhcn.kpi.evaluation.facts.EmployeeFact;
import vn.gov.sokhcn.kpi.evaluation.facts.MonthlyScore;
import vn.gov.sokhcn.kpi.evaluation.facts.QuotaExemption;
import vn.gov.sokhcn.kpi.evaluation.facts.UnitFact;
import vn.gov.sokhcn.kpi.evaluation.facts.UnitMonthResult;

/**
 * Splits the facts of one evaluation into groups of agencies that the rules never join, so that
 * each group can have a session of its own. Quotas count within an agency, a leader is capped by
 * the people under them and by sanctioned units below them: when such a leader sits in another
 * agency above (a Director over a centre), both agencies stay in one group. Every fact goes with
 * the agency of its holder, in the order it was given, so each session sees its people exactly as
 * the single session would. The rule files decide nothing here: this only reads the unit tree.
 */
final class AgencyPartitions {
    private final Map<String, String> parent = new HashMap<>();

    private AgencyPartitions() {
    }

    /** The facts by group of joined agencies, in the order of each group's first unit; one group when all are joined. */
    static List<Facts> split(Facts facts) {
        Map<String, String> agencyOfUnit = new HashMap<>();
        facts.units().forEach(u -> agencyOfUnit.put(u.code(), u.agency()));
        Map<String, EmployeeFact> employees = new HashMap<>();
        Set<String> leaderUnits = new HashSet<>();
        for (EmployeeFact e : facts.employees()) {
            employees.put(e.id(), e);
            if (e.isLeader()) {
                leaderUnits.add(e.unit());
            }
        }
        AgencyPartitions groups = new AgencyPartitions();
        facts.units().forEach(u -> groups.find(u.agency()));
        for (EmployeeFact e : facts.employees()) {
            for (String unit : e.unitAncestry()) {
                if (leaderUnits.contains(unit)) {
                    groups.union(e.agency(), agencyOfUnit.get(unit));
                }
            }
        }
        for (UnitFact u : facts.units()) {
            if (u.sanctioned()) {
                u.ancestry().forEach(above -> groups.union(u.agency(), agencyOfUnit.get(above)));
            }
        }
        Map<String, Part> parts = new LinkedHashMap<>();
        Function<String, Part> partOfAgency = agency -> parts.computeIfAbsent(groups.find(agency), k -> new Part());
        facts.units().forEach(u -> partOfAgency.apply(u.agency()).units.add(u));
        if (parts.size() <= 1) {
            return List.of(facts);
        }
        Part first = parts.values().iterator().next();
        Function<String, Part> ofUnit = code -> agencyOfUnit.containsKey(code) ? partOfAgency.apply(agencyOfUnit.get(code)) : first;
        Function<String, Part> ofEmployee = id -> employees.containsKey(id) ? partOfAgency.apply(employees.get(id).agency()) : first;
        facts.employees().forEach(e -> partOfAgency.apply(e.agency()).employees.add(e));
        for (AssignmentFact a : facts.assignments()) {
            (a.unitHolder() ? ofUnit : ofEmployee).apply(a.holder()).assignments.add(a);
        }
        facts.quotaExemptions().forEach(x -> (groups.known(x.agency()) ? partOfAgency.apply(x.agency()) : first).exemptions.add(x));
        facts.monthlyScores().forEach(m -> ofEmployee.apply(m.employeeId()).monthlyScores.add(m));
        facts.unitMonths().forEach(m -> ofUnit.apply(m.unitCode()).unitMonths.add(m));
        return parts.values().stream().map(p -> p.facts(facts)).toList();
    }

    private boolean known(String agency) {
        return agency != null && parent.containsKey(agency);
    }

    private String find(String agency) {
        String key = agency == null ? "" : agency;
        String root = parent.computeIfAbsent(key, k -> k);
        while (!root.equals(parent.get(root))) {
            root = parent.get(root);
        }
        parent.put(key, root);
        return root;
    }

    private void union(String a, String b) {
        String ra = find(a);
        String rb = find(b);
        if (!ra.equals(rb)) {
            parent.put(rb, ra);
        }
    }

    /** The facts of one group, each list in the order of the whole request. */
    private static final class Part {
        final List<UnitFact> units = new ArrayList<>();
        final List<EmployeeFact> employees = new ArrayList<>();
        final List<AssignmentFact> assignments = new ArrayList<>();
        final List<QuotaExemption> exemptions = new ArrayList<>();
        final List<MonthlyScore> monthlyScores = new ArrayList<>();
        final List<UnitMonthResult> unitMonths = new ArrayList<>();

        Facts facts(Facts whole) {
            return new Facts(whole.period(), units, employees, assignments, exemptions, whole.pathOfEmployee(),
                    whole.pathOfAssignment(), monthlyScores, unitMonths);
        }
    }
}
