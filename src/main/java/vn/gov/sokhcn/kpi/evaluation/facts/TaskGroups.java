package vn.gov.sokhcn.kpi.evaluation.facts;

import vn.gov.sokhcn.kpi.organisation.StaffType;

/** How a sentence names a quota task group: a staff type by its label, a group HR named as written. */
public final class TaskGroups {
    private TaskGroups() {
    }

    public static String label(String taskGroup) {
        return StaffType.labelOf(taskGroup);
    }
}
