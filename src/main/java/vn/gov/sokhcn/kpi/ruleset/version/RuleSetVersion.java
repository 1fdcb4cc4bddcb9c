package vn.gov.sokhcn.kpi.ruleset.version;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One stored version of the rule set, as listed by {@code GET /api/rulesets}; {@code approvedBy}/{@code approvedAt}:
 * the administrator who approved a structural version (four eyes).
 */
public record RuleSetVersion(int version, State state, String sha256, String author, String comment,
                             LocalDateTime createdAt, LocalDateTime activatedAt, String activatedBy,
                             LocalDate effectiveFrom, LocalDate effectiveTo, Integer basedOn, boolean structural,
                             String approvedBy, LocalDateTime approvedAt) {

    public enum State { DRAFT, ACTIVE, RETIRED }

    /** A version with an effective range applies to periods whose start date lies in the range (ends included). */
    public boolean ranged() {
        return effectiveFrom != null || effectiveTo != null;
    }

    public boolean covers(LocalDate start) {
        return (effectiveFrom == null || !start.isBefore(effectiveFrom)) && (effectiveTo == null || !start.isAfter(effectiveTo));
    }

    public boolean overlaps(LocalDate from, LocalDate to) {
        return (effectiveFrom == null || to == null || !to.isBefore(effectiveFrom))
                && (effectiveTo == null || from == null || !from.isAfter(effectiveTo));
    }
}
