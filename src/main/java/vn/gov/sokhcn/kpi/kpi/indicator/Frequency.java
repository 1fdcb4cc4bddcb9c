package vn.gov.sokhcn.kpi.kpi.indicator;

public enum Frequency { MONTH, QUARTER, YEAR }
