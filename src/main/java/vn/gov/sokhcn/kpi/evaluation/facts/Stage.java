package vn.gov.sokhcn.kpi.evaluation.facts;

/**
 * The steps a person's rating passes through. Each step reads the previous step's assessment and
 * may only lower it, so the order of the steps never changes the result; it only makes each
 * explanation read from the score to the final rating.
 */
public enum Stage {
    BAND, CONDUCT, TIME, PILOT, LEADER
}
