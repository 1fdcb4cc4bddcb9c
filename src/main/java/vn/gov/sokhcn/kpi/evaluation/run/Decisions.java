package vn.gov.sokhcn.kpi.evaluation.run;

import java.util.Map;

/**
 * The latest decisions (view {@code latest_decisions}). Implemented by the appraisal layer above (as
 * rule sets implement {@code RuleBases}), so that results read here show the decision beside the
 * proposal without evaluation depending on appraisal.
 */
public interface Decisions {
    /** What a member of staff reads instead of a result of a period not yet published. */
    String NOT_PUBLISHED = "Kết quả kỳ này chưa được công bố";

    /** The latest decision of each person of a period, by employee id. */
    Map<Long, Decision> ofPeriod(long periodId);

    /** The latest decision of a person in each period, by period id. */
    Map<Long, Decision> ofEmployee(long employeeId);
}
