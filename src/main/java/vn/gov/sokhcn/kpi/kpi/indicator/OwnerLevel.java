package vn.gov.sokhcn.kpi.kpi.indicator;

/** Who owns an indicator: the Department, a unit, or a person (cascading gives people only PERSON indicators). */
public enum OwnerLevel { DEPARTMENT, UNIT, PERSON }
