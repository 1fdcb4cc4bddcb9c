package vn.gov.sokhcn.kpi.appraisal.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gov.sokhcn.kpi.evaluation.facts.Rating;
import vn.gov.sokhcn.kpi.evaluation.facts.TaskGroups;
import vn.gov.sokhcn.kpi.evaluation.policy.Numbers;
import vn.gov.sokhcn.kpi.evaluation.policy.QuotaRow;
import vn.gov.sokhcn.kpi.evaluation.policy.RegimeRow;

/**
 * The HTXSNV quota on decided ratings, per agency and task group, with the quota row of the run's rule
 * set (no limit under a regime without quota, nor for an agency with an approved exception). A person
 * left tied at the cut and not yet decided (PENDING_TIE) is not counted.
 */
final class QuotaCheck {
    static final String PERCENT_COLUMN = "Tỷ lệ tối đa (%)";

    private QuotaCheck() {
    }

    static List<RuleBreach> check(RunGroup run, List<DecidedRating> ratings, Long focus) {
        if (!quotaApplies(run)) {
            return List.of();
        }
        List<RuleBreach> breaches = new ArrayList<>();
        for (QuotaRow q : rows(run, QuotaRow.class)) {
            Map<String, List<DecidedRating>> groups = new LinkedHashMap<>();
            ratings.stream().filter(r -> r.state() != DecidedRating.State.PENDING_TIE)
                    .filter(r -> !run.exemptAgencies().contains(r.agencyCode()))
                    .forEach(r -> groups.computeIfAbsent(r.agencyCode() + "\u0000" + r.taskGroup(), k -> new ArrayList<>()).add(r));
            for (List<DecidedRating> group : groups.values()) {
                long limited = count(group, q.getLimited());
                long base = count(group, q.getBase());
                if (limited <= q.limitFor(base)) {
                    continue;
                }
                String source = run.ruleSet().cellOf(q, PERCENT_COLUMN);
                String message = message(q, group.get(0), limited, base);
                if (focus == null) {
                    group.stream().filter(r -> r.rating() == q.getLimited())
                            .forEach(r -> breaches.add(new RuleBreach(r.employeeCode(), message, source)));
                    continue;
                }
                group.stream().filter(r -> r.employeeId() == focus).findFirst()
                        .filter(r -> excess(q, limited, base) > excessWithBase(q, r, limited, base))
                        .ifPresent(r -> breaches.add(new RuleBreach(r.employeeCode(), message, source)));
            }
        }
        return breaches;
    }

    /** The excess were the focus person rated at the quota's base rating instead: their rating causes or worsens it if larger now. */
    private static long excessWithBase(QuotaRow q, DecidedRating focus, long limited, long base) {
        long l = limited - (focus.rating() == q.getLimited() ? 1 : 0);
        long b = base + (focus.rating() == q.getBase() ? 0 : 1);
        return excess(q, l, b);
    }

    private static long excess(QuotaRow q, long limited, long base) {
        return Math.max(0, limited - q.limitFor(base));
    }

    private static long count(List<DecidedRating> group, Rating rating) {
        return group.stream().filter(r -> r.rating() == rating).count();
    }

    private static String message(QuotaRow q, DecidedRating any, long limited, long base) {
        return "Hạn mức: trong cơ quan " + any.agencyCode() + ", nhóm nhiệm vụ «" + TaskGroups.label(any.taskGroup()) + "» có " + base
                + " người " + q.getBase() + " nên tối đa " + q.limitFor(base) + " người " + q.getLimited() + " ("
                + Numbers.vi(q.getPercent()) + "%, làm tròn xuống), nhưng theo các xếp loại quyết định có " + limited
                + " người " + q.getLimited() + ".";
    }

    /** Whether the regime of the run's period (by its start, as rules/regime/regime.drl picks it) has the quota. */
    private static boolean quotaApplies(RunGroup run) {
        String start = run.periodStart();
        return rows(run, RegimeRow.class).stream()
                .filter(r -> (r.getStartFrom() == null || r.getStartFrom().compareTo(start) <= 0)
                        && (r.getStartBefore() == null || r.getStartBefore().compareTo(start) > 0))
                .anyMatch(r -> Boolean.TRUE.equals(r.isQuota()));
    }

    static <T> List<T> rows(RunGroup run, Class<T> type) {
        return run.ruleSet().rows().stream().filter(type::isInstance).map(type::cast).toList();
    }
}
