package vn.gov.sokhcn.kpi.appraisal.decided;

import vn.gov.sokhcn.kpi.evaluation.facts.Rating;

/**
 * The rating that counts for a person in a period, with where it comes from: {@code rating} is the decided one
 * (source DECISION) or the run's (source RUN); {@code proposed} is always the run's, so both can be shown side by
 * side; {@code note} says so in Vietnamese, for every answer and reason that uses it. {@code published}: the
 * decision's cycle is published, the only case in which a member of staff may read it (or what follows from it).
 */
public record CountedRating(Rating rating, Rating proposed, RatingSource source, Long decisionId, String note,
                            boolean published) {

    public boolean differs() {
        return rating != proposed;
    }
}
