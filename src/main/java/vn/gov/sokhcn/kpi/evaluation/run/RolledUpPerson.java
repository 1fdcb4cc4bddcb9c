package vn.gov.sokhcn.kpi.evaluation.run;

import java.util.ArrayList;
import java.util.List;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Employee;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.MonthScore;
import vn.gov.sokhcn.kpi.evaluation.policy.Numbers;

/**
 * One person across the months of a roll-up: their record as evaluated in the latest month they
 * worked (unit, staff type, leadership, task group), their scores of the months actually worked
 * (time worked above 0), and the time worked and on leave summed over those months.
 */
final class RolledUpPerson {
    private final long id;
    private Employee latest;
    private final List<MonthScore> scores = new ArrayList<>();
    private double monthsWorked;
    private double leaveMonths;
    private boolean maternity;

    RolledUpPerson(long id) {
        this.id = id;
    }

    long id() {
        return id;
    }

    void add(Employee asEvaluated, MonthScore score) {
        leaveMonths += value(asEvaluated.leaveMonths());
        maternity |= Boolean.TRUE.equals(asEvaluated.maternityLeave());
        if (value(asEvaluated.monthsWorked()) > 0) {
            latest = asEvaluated;
            monthsWorked += value(asEvaluated.monthsWorked());
            scores.add(score);
        }
    }

    boolean worked() {
        return latest != null;
    }

    /** The person of the roll-up request; discipline and degradation are those of the year up to the period's end. */
    Employee employee(boolean disciplined, boolean degradation) {
        return new Employee(latest.id(), latest.name(), latest.unit(), latest.staffType(), latest.leadership(),
                latest.taskGroup(), null, disciplined, degradation, Numbers.clean(monthsWorked),
                Numbers.clean(leaveMonths), maternity, List.copyOf(scores));
    }

    private static double value(Double months) {
        return months == null ? 0 : months;
    }
}
