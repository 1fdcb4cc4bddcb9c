package vn.gov.sokhcn.kpi.organisation;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.system.StillReferencedException;

/**
 * Refuses to delete what other rows still refer to, saying what and how many
 * («Không xóa được đơn vị «PKH»: còn 12 cán bộ, 1 đơn vị trực thuộc»). Counted explicitly, so the
 * message is exact; a foreign key that this list misses still ends as a 409 (ProblemDetailsAdvice).
 */
@Component
class References {
    /** A table column that refers to the object, and what one such row is called. */
    record Referrer(String table, String column, String label) {
    }

    static final List<Referrer> TO_UNIT = List.of(
            new Referrer("employees", "unit_id", "cán bộ"),
            new Referrer("units", "parent_id", "đơn vị trực thuộc"),
            new Referrer("assignments", "unit_id", "chỉ tiêu được giao"),
            new Referrer("unit_sanctions", "unit_id", "quyết định xử lý đơn vị"),
            new Referrer("quota_exemptions", "unit_id", "miễn trừ hạn mức"),
            new Referrer("run_results", "unit_id", "kết quả đánh giá"),
            new Referrer("appraisal_cycles", "agency_id", "đợt đánh giá, xếp loại"),
            new Referrer("appraisals", "unit_id", "phiếu đánh giá, xếp loại"));

    static final List<Referrer> TO_EMPLOYEE = List.of(
            new Referrer("assignments", "employee_id", "chỉ tiêu được giao"),
            new Referrer("general_criteria", "employee_id", "điểm tiêu chí chung"),
            new Referrer("competency_assessments", "employee_id", "đánh giá năng lực"),
            new Referrer("discipline_records", "employee_id", "quyết định kỷ luật"),
            new Referrer("leave_records", "employee_id", "kỳ nghỉ"),
            new Referrer("run_results", "employee_id", "kết quả đánh giá"),
            new Referrer("appraisals", "employee_id", "phiếu đánh giá, xếp loại"),
            new Referrer("app_users", "employee_id", "tài khoản người dùng"));

    static final List<Referrer> TO_POSITION = List.of(
            new Referrer("employees", "position_id", "cán bộ"));

    static final List<Referrer> TO_COMPETENCY = List.of(
            new Referrer("position_competencies", "competency_id", "vị trí việc làm"),
            new Referrer("competency_assessments", "competency_id", "đánh giá năng lực"));

    private final JdbcClient jdbc;

    References(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Throws StillReferencedException when any referrer has a row for {@code id}. */
    void refuseDeleteIfReferenced(String what, String code, long id, List<Referrer> referrers) {
        List<String> remaining = new ArrayList<>();
        for (Referrer r : referrers) {
            long count = count(r, id);
            if (count > 0) {
                remaining.add(count + " " + r.label());
            }
        }
        if (!remaining.isEmpty()) {
            throw new StillReferencedException(
                    "Không xóa được " + what + " «" + code + "»: còn " + String.join(", ", remaining));
        }
    }

    private long count(Referrer r, long id) {
        // Table and column names come from the constants above, never from a request.
        return jdbc.sql("SELECT COUNT(*) FROM " + r.table() + " WHERE " + r.column() + " = ?")
                .param(id).query(Long.class).single();
    }
}
