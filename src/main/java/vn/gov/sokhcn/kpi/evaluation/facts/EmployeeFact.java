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

    /** Names every value: nineteen positional arguments read badly and swap silently. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds EmployeeFact by name; what is not set is 0, false, null or an empty list. */
    public static final class Builder {
        private String id;
        private String name;
        private String unit;
        private String staffType;
        private String leadership;
        private int rank;
        private String agency;
        private String taskGroup;
        private List<String> unitAncestry = List.of();
        private double politics;
        private double ethics;
        private double style;
        private double discipline;
        private boolean disciplined;
        private boolean degradation;
        private double monthsWorked;
        private double leaveMonths;
        private boolean maternityLeave;
        private boolean rolledUp;

        private Builder() {
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder unit(String unit) {
            this.unit = unit;
            return this;
        }

        public Builder staffType(String staffType) {
            this.staffType = staffType;
            return this;
        }

        public Builder leadership(String leadership) {
            this.leadership = leadership;
            return this;
        }

        public Builder rank(int rank) {
            this.rank = rank;
            return this;
        }

        public Builder agency(String agency) {
            this.agency = agency;
            return this;
        }

        public Builder taskGroup(String taskGroup) {
            this.taskGroup = taskGroup;
            return this;
        }

        public Builder unitAncestry(List<String> unitAncestry) {
            this.unitAncestry = unitAncestry;
            return this;
        }

        public Builder politics(double politics) {
            this.politics = politics;
            return this;
        }

        public Builder ethics(double ethics) {
            this.ethics = ethics;
            return this;
        }

        public Builder style(double style) {
            this.style = style;
            return this;
        }

        public Builder discipline(double discipline) {
            this.discipline = discipline;
            return this;
        }

        public Builder disciplined(boolean disciplined) {
            this.disciplined = disciplined;
            return this;
        }

        public Builder degradation(boolean degradation) {
            this.degradation = degradation;
            return this;
        }

        public Builder monthsWorked(double monthsWorked) {
            this.monthsWorked = monthsWorked;
            return this;
        }

        public Builder leaveMonths(double leaveMonths) {
            this.leaveMonths = leaveMonths;
            return this;
        }

        public Builder maternityLeave(boolean maternityLeave) {
            this.maternityLeave = maternityLeave;
            return this;
        }

        public Builder rolledUp(boolean rolledUp) {
            this.rolledUp = rolledUp;
            return this;
        }

        public EmployeeFact build() {
            return new EmployeeFact(id, name, unit, staffType, leadership, rank, agency, taskGroup, unitAncestry, politics,
                    ethics, style, discipline, disciplined, degradation, monthsWorked, leaveMonths, maternityLeave, rolledUp);
        }
    }
}
