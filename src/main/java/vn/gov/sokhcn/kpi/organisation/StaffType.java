package vn.gov.sokhcn.kpi.organisation;

/** The kind of employment of a person (an employee's record and an evaluation request both carry it). */
public enum StaffType { CIVIL_SERVANT, PUBLIC_EMPLOYEE, CONTRACT_WORKER }
