package vn.gov.sokhcn.kpi.appraisal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.appraisal.rules.DecidedRating;
import vn.gov.sokhcn.kpi.appraisal.rules.DecisionRules;
import vn.gov.sokhcn.kpi.appraisal.rules.RuleBreach;
import vn.gov.sokhcn.kpi.evaluation.facts.Rating;

/**
 * Puts the ratings of a cycle's group before {@link DecisionRules}: decided where a decision is in force
 * (or being taken now), pending where the run left a tie at the quota cut, else the proposal. A breach
 * refuses the step (409, {@code urn:kpi:problem:decision-breaks-rules}) naming each table cell that forbids it.
 */
@Component
public class DecisionCheck {
    private final DecisionRules rules;
    private final Appraisals appraisals;
    private final JdbcClient jdbc;

    DecisionCheck(DecisionRules rules, Appraisals appraisals, JdbcClient jdbc) {
        this.rules = rules;
        this.appraisals = appraisals;
        this.jdbc = jdbc;
    }

    /** Refuses deciding {@code rating} for {@code focus} when the group's ratings would break the rules. */
    public void require(AppraisalRow focus, Rating rating) {
        List<RuleBreach> breaches = rules.check(focus.cycle().runId(), ratings(focus.cycleId(), focus.id(), rating),
                focus.employeeId());
        refuseIfAny(breaches, "Quyết định xếp loại " + rating.shortName() + " cho «" + focus.employeeCode()
                + "» trái với quy định");
    }

    /** Refuses publishing a cycle whose decided ratings break the rules. */
    public void requireAll(long cycleId, long runId) {
        refuseIfAny(rules.check(runId, ratings(cycleId, null, null), null), "Các xếp loại đã quyết định trái với quy định");
    }

    private static void refuseIfAny(List<RuleBreach> breaches, String lead) {
        if (breaches.isEmpty()) {
            return;
        }
        List<Map<String, Object>> listed = new ArrayList<>();
        for (RuleBreach b : breaches) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("employee", b.employeeCode());
            one.put("message", b.message());
            one.put("source", b.source());
            listed.add(one);
        }
        String detail = lead + ": " + String.join(" ", breaches.stream().map(b -> b.message() + " (" + b.source() + ")")
                .toList());
        throw new AppraisalConflict(AppraisalConflict.BREAKS_RULES, "Quyết định trái với quy định", detail,
                Map.of("breaches", listed));
    }

    private List<DecidedRating> ratings(long cycleId, Long focusId, Rating focusRating) {
        Map<Long, String> decided = new LinkedHashMap<>();
        jdbc.sql("SELECT appraisal_id, rating FROM latest_decisions WHERE cycle_id = :c").param("c", cycleId)
                .query((rs, n) -> decided.put(rs.getLong(1), rs.getString(2))).list();
        List<DecidedRating> ratings = new ArrayList<>();
        for (AppraisalRow a : appraisals.ofCycle(cycleId)) {
            Rating rating;
            DecidedRating.State state;
            if (focusId != null && focusId == a.id()) {
                rating = focusRating;
                state = DecidedRating.State.DECIDED;
            } else if (decided.containsKey(a.id())) {
                rating = Rating.valueOf(decided.get(a.id()));
                state = DecidedRating.State.DECIDED;
            } else {
                rating = Rating.valueOf(a.proposedRating());
                state = a.tieAtQuotaCut() ? DecidedRating.State.PENDING_TIE : DecidedRating.State.PROPOSED;
            }
            ratings.add(new DecidedRating(a.employeeId(), a.employeeCode(), a.unitCode(), a.cycle().agency(), a.taskGroup(),
                    a.leadership(), rating, state));
        }
        return ratings;
    }
}
