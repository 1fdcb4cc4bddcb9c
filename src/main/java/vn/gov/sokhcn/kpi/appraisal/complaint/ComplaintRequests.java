package vn.gov.sokhcn.kpi.appraisal.complaint;

import vn.gov.sokhcn.kpi.evaluation.facts.Rating;

/** The bodies of a complaint and of its resolution. */
final class ComplaintRequests {
    private ComplaintRequests() {
    }

    record Filing(String text) {
    }

    enum Outcome { UPHELD, REJECTED }

    /** {@code rating}: the new decided rating, when the complaint is upheld. */
    record Resolution(Outcome outcome, String reason, Rating rating) {
    }
}
