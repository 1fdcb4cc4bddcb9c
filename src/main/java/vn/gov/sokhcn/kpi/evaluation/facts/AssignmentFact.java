package vn.gov.sokhcn.kpi.evaluation.facts;

/**
 * An indicator given to a person or a unit, with its result. {@code key} is unique within one
 * evaluation; counts are used by the TASKS polarity only.
 */
public record AssignmentFact(String key, String holder, boolean unitHolder, String indicatorCode,
                             String indicatorName, String kind, String polarity, double target,
                             double weight, Double actual, Double threshold, Double stretch,
                             TaskCounts tasks) {

    public double actualValue() {
        return actual == null ? 0 : actual;
    }

    /** Names every value: thirteen positional arguments read badly and swap silently. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds AssignmentFact by name; what is not set is 0, false, null or an empty list. */
    public static final class Builder {
        private String key;
        private String holder;
        private boolean unitHolder;
        private String indicatorCode;
        private String indicatorName;
        private String kind;
        private String polarity;
        private double target;
        private double weight;
        private Double actual;
        private Double threshold;
        private Double stretch;
        private TaskCounts tasks;

        private Builder() {
        }

        public Builder key(String key) {
            this.key = key;
            return this;
        }

        public Builder holder(String holder) {
            this.holder = holder;
            return this;
        }

        public Builder unitHolder(boolean unitHolder) {
            this.unitHolder = unitHolder;
            return this;
        }

        public Builder indicatorCode(String indicatorCode) {
            this.indicatorCode = indicatorCode;
            return this;
        }

        public Builder indicatorName(String indicatorName) {
            this.indicatorName = indicatorName;
            return this;
        }

        public Builder kind(String kind) {
            this.kind = kind;
            return this;
        }

        public Builder polarity(String polarity) {
            this.polarity = polarity;
            return this;
        }

        public Builder target(double target) {
            this.target = target;
            return this;
        }

        public Builder weight(double weight) {
            this.weight = weight;
            return this;
        }

        public Builder actual(Double actual) {
            this.actual = actual;
            return this;
        }

        public Builder threshold(Double threshold) {
            this.threshold = threshold;
            return this;
        }

        public Builder stretch(Double stretch) {
            this.stretch = stretch;
            return this;
        }

        public Builder tasks(TaskCounts tasks) {
            this.tasks = tasks;
            return this;
        }

        public AssignmentFact build() {
            return new AssignmentFact(key, holder, unitHolder, indicatorCode, indicatorName, kind, polarity,
                    target, weight, actual, threshold, stretch, tasks);
        }
    }
}
