package vn.gov.sokhcn.kpi.organisation;

/** Kinds of leave: maternity (thai sản), sick (ốm đau), unpaid (không lương), other (khác). */
public enum LeaveKind { MATERNITY, SICK, UNPAID, OTHER }
