package vn.gov.sokhcn.kpi.evaluation;

import java.util.List;
import java.util.Map;
import vn.gov.sokhcn.kpi.evaluation.facts.AssignmentFact;
import vn.gov.sokhcn.kpi.evaluation.facts.EmployeeFact;
import vn.gov.sokhcn.kpi.evaluation.facts.PeriodFact;
import vn.gov.sokhcn.kpi.evaluation.facts.QuotaExemption;
import vn.gov.sokhcn.kpi.evaluation.facts.UnitFact;

/**
 * The facts of one evaluation, in the order they were given, with where each came from in the
 * request so that a problem found by the rules can name its field.
 */
public record Facts(PeriodFact period, List<UnitFact> units, List<EmployeeFact> employees,
                    List<AssignmentFact> assignments, List<QuotaExemption> quotaExemptions,
                    Map<String, String> pathOfEmployee, Map<String, String> pathOfAssignment) {

    public int size() {
        return 1 + units.size() + employees.size() + assignments.size() + quotaExemptions.size();
    }
}
