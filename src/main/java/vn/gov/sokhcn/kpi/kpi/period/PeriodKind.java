package vn.gov.sokhcn.kpi.kpi.period;

public enum PeriodKind { MONTH, QUARTER, YEAR }
