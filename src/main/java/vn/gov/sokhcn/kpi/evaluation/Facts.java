package vn.gov.sokhcn.kpi.evaluation;

import java.util.List;
import java.util.Map;
import vn.gov.sokhcn.kpi.evaluation.facts.AssignmentFact;
import vn.gov.sokhcn.kpi.evaluation.facts.EmployeeFact;
import vn.gov.sokhcn.kpi.evaluation.facts.MonthlyScore;
import vn.gov.sokhcn.kpi.evaluation.facts.PeriodFact;
import vn.gov.sokhcn.kpi.evaluation.facts.QuotaExemption;
import vn.gov.sokhcn.kpi.evaluation.facts.UnitFact;
import vn.gov.sokhcn.kpi.evaluation.facts.UnitMonthResult;

/**
 * The facts of one evaluation, in the order they were given, with where each came from in the
 * request so that a problem found by the rules can name its field. A quarter or year evaluated as a
 * roll-up adds the monthly scores of people and the monthly results of units.
 */
public record Facts(PeriodFact period, List<UnitFact> units, List<EmployeeFact> employees,
                    List<AssignmentFact> assignments, List<QuotaExemption> quotaExemptions,
                    Map<String, String> pathOfEmployee, Map<String, String> pathOfAssignment,
                    List<MonthlyScore> monthlyScores, List<UnitMonthResult> unitMonths) {

    /** Facts of an evaluation without roll-ups. */
    public Facts(PeriodFact period, List<UnitFact> units, List<EmployeeFact> employees,
                 List<AssignmentFact> assignments, List<QuotaExemption> quotaExemptions,
                 Map<String, String> pathOfEmployee, Map<String, String> pathOfAssignment) {
        this(period, units, employees, assignments, quotaExemptions, pathOfEmployee, pathOfAssignment, List.of(), List.of());
    }

    public int size() {
        return 1 + units.size() + employees.size() + assignments.size() + quotaExemptions.size()
                + monthlyScores.size() + unitMonths.size();
    }
}
