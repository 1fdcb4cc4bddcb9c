package vn.gov.sokhcn.kpi.kpi.indicator;

/** Parmenter's four kinds of measure. */
public enum IndicatorKind { KRI, RI, PI, KPI }
