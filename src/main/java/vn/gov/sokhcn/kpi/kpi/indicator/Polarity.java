package vn.gov.sokhcn.kpi.kpi.indicator;

/** How an actual compares with its target; TASKS: measured by counting products (assigned, done, on time…). */
public enum Polarity { HIGHER_IS_BETTER, LOWER_IS_BETTER, TARGET_RANGE, BINARY, TASKS }
