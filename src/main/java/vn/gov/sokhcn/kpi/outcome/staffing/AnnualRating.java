package vn.gov.sokhcn.kpi.outcome.staffing;

import vn.gov.sokhcn.kpi.evaluation.facts.Rating;

/** A person's rating for a year: their result in the latest completed run of that YEAR period. */
public record AnnualRating(String employee, int year, Rating rating) {
}
