package vn.gov.sokhcn.kpi.evaluation.run;

import java.util.Map;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest;

/**
 * The stored data of a period as an evaluation request, with the database ids of the people and
 * units it names (by code), so that results can be stored against them.
 */
public record PeriodInputs(StoredPeriod period, EvaluationRequest request, Map<String, Long> employeeIds,
                           Map<String, Long> unitIds) {
}
