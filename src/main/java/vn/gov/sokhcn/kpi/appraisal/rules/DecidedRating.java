package vn.gov.sokhcn.kpi.appraisal.rules;

import vn.gov.sokhcn.kpi.evaluation.facts.Rating;
import vn.gov.sokhcn.kpi.organisation.Leadership;

/**
 * One person's rating as the decision check sees it: the decided rating where decided (or being
 * decided now), else the run's proposal; a proposal left tied at the quota cut (PENDING_TIE) is not
 * counted until decided.
 */
public record DecidedRating(long employeeId, String employeeCode, String unitCode, String agencyCode,
                            String taskGroup, Leadership leadership, Rating rating, State state) {

    public enum State { DECIDED, PROPOSED, PENDING_TIE }
}
