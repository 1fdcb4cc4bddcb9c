package vn.gov.sokhcn.kpi.ruleset.version;

import java.time.LocalDateTime;

/**
 * One expected cell of a «Kiểm thử» case rewritten by «Cập nhật kết quả mong đợi»: the case, its row
 * ({@code location}), the cell, the old and new expected value as shown, and the step that wrote it with its
 * author, time and the comment saying why.
 */
public record ExpectationChange(int version, String caseId, String location, String cell, String oldValue, String newValue,
                                String author, LocalDateTime createdAt, String comment) {
}
