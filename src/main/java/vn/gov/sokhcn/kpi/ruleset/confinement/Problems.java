package vn.gov.sokhcn.kpi.ruleset.confinement;

/** Where the problems of one DRL text go: a line of it becomes a file line or a workbook cell. */
@FunctionalInterface
interface Problems {
    void add(int drlLine, String message);
}
