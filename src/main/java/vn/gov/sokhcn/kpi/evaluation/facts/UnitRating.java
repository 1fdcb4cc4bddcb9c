package vn.gov.sokhcn.kpi.evaluation.facts;

/** A unit's rating. */
public record UnitRating(String unitCode, Rating rating) {
}
