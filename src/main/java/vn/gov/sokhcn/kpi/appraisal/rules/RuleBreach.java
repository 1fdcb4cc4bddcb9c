package vn.gov.sokhcn.kpi.appraisal.rules;

/**
 * A decided rating the rules forbid: whose ({@code employeeCode}), why (Vietnamese, with the values),
 * and the table cell that forbids it ({@code decision-tables/han-muc.drl.xlsx!Sheet!D12} style, as
 * reasons name their source).
 */
public record RuleBreach(String employeeCode, String message, String source) {
}
