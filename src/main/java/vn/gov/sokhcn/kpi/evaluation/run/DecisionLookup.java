package vn.gov.sokhcn.kpi.evaluation.run;

import java.util.Map;

/**
 * The latest decisions (view {@code latest_decisions}) as results show them. Implemented by the appraisal layer above (as
 * rule sets implement {@code RuleBases}), so that results read here show the decision beside the
 * proposal without evaluation depending on appraisal.
 */
public interface DecisionLookup {
    /** The latest decision of each person of a period, by employee id. */
    Map<Long, Decision> ofPeriod(long periodId);

    /** The latest decision of a person in each period, by period id. */
    Map<Long, Decision> ofEmployee(long employeeId);
}
