package vn.gov.sokhcn.kpi.appraisal.complaint;

import vn.gov.sokhcn.kpi.evaluation.facts.Rating;

/** The bodies of a complaint and of its resolution. */
public final class ComplaintRequests {
    private ComplaintRequests() {
    }

    public record Filing(String text) {
    }

    public enum Outcome { UPHELD, REJECTED }

    /** {@code rating}: the new decided rating, when the complaint is upheld. */
    public record Resolution(Outcome outcome, String reason, Rating rating) {
    }
}
