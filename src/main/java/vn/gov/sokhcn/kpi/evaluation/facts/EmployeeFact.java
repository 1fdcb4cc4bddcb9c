package vn.gov.sokhcn.kpi.evaluation.facts;

import java.util.List;

/**
 * A person as evaluated. {@code unitAncestry} holds the person's unit and the units above it;
 * {@code rank} orders leadership levels (0 for staff) so rules can tell who is under whom.
 */
public record EmployeeFact(String id, String name, String unit, String staffType, String leadership,
                           int rank, String agency, String taskGroup, List<String> unitAncestry,
                           double politics, double ethics, double style, double discipline,
                           boolean disciplined, boolean degradation, double monthsWorked,
                           double leaveMonths, boolean maternityLeave) {

    public boolean isLeader() {
        return rank > 0;
    }
}
