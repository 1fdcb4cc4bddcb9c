package vn.gov.sokhcn.kpi.evaluation.facts;

/** The standing of someone under a leader, as the leader's caps see it. */
public record SubordinateStanding(String leaderId, String subordinateId, Rating rating) {
}
