package vn.gov.sokhcn.kpi.trial;

import java.util.List;

/** {@code POST /api/trials}: a DRAFT version of the rule set and the codes of stored periods to try it on. */
public record TrialRequest(Integer candidate, List<String> periods) {
}
