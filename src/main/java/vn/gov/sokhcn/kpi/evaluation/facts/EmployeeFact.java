package vn.gov.sokhcn.kpi.evaluation.facts;

import java.util.List;

/**
 * A person as evaluated. {@code unitAncestry} holds the person's unit and the units above it;
 * {@code rank} orders leadership levels (0 for staff) so rules can tell who is under whom.
 * {@code rolledUp}: the person's score is the average of their {@link MonthlyScore}s, and the
 * rules that score general criteria and assignments leave them alone.
 */
public record EmployeeFact(String id, String name, String unit, String staffType, String leadership,
                           int rank, String agency, String taskGroup, List<String> unitAncestry,
                           double politics, double ethics, double style, double discipline,
                           boolean disciplined, boolean degradation, double monthsWorked,
                           double leaveMonths, boolean maternityLeave, boolean rolledUp) {

    public boolean isLeader() {
        return rank > 0;
    }
}
