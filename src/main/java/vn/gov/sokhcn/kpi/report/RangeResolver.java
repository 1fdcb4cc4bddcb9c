package vn.gov.sokhcn.kpi.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.system.FieldProblem;
import vn.gov.sokhcn.kpi.system.InvalidRequestException;
import vn.gov.sokhcn.kpi.organisation.Unit;
import vn.gov.sokhcn.kpi.organisation.UnitTree;
import vn.gov.sokhcn.kpi.organisation.UnitTrees;
import vn.gov.sokhcn.kpi.report.ReportRange.PeriodRef;
import vn.gov.sokhcn.kpi.security.CurrentUser;
import vn.gov.sokhcn.kpi.security.Scope;
import vn.gov.sokhcn.kpi.security.ScopeDeniedException;
import vn.gov.sokhcn.kpi.security.Visibility;
import vn.gov.sokhcn.kpi.system.NotFoundException;

/**
 * Reads and checks a report's parameters: {@code from} and {@code to} must be stored periods (400 naming
 * the parameter), {@code from} must not start after {@code to} ends (400), {@code unit} must exist (404)
 * and be one the user may see (403); a unit head without {@code unit} gets their own unit.
 */
@Component
class RangeResolver {
    private final JdbcClient jdbc;
    private final Scope scope;
    private final CurrentUser currentUser;
    private final UnitTrees unitTrees;

    RangeResolver(JdbcClient jdbc, Scope scope, CurrentUser currentUser, UnitTrees unitTrees) {
        this.jdbc = jdbc;
        this.unitTrees = unitTrees;
        this.scope = scope;
        this.currentUser = currentUser;
    }

    private record Bounds(String code, LocalDate start, LocalDate end) {
    }

    ReportRange.Resolved resolve(String from, String to, String unitCode) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Bounds> first = period(from, "from", "kỳ bắt đầu", problems);
        Optional<Bounds> last = period(to, "to", "kỳ kết thúc", problems);
        if (problems.isEmpty() && first.get().start().isAfter(last.get().end())) {
            problems.add(new FieldProblem("from", "Kỳ bắt đầu «" + from + "» (từ " + first.get().start()
                    + ") nằm sau kỳ kết thúc «" + to + "» (đến " + last.get().end() + ")"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        UnitTree units = unitTrees.load();
        Unit unit = unit(blankToNull(unitCode), units);
        Set<Long> unitIds = unit == null ? units.ids() : units.withBelow(unit.id());
        LocalDate start = first.get().start(), end = last.get().end();
        List<PeriodRef> periods = periods(start, end);
        return new ReportRange.Resolved(new ReportRange(from, to, start, end, unit == null ? null : unit.code(),
                unit == null ? null : unit.name(), periods), unitIds, units);
    }

    private Unit unit(String code, UnitTree units) {
        Visibility visibility = scope.visibility();
        if (code == null) {
            if (visibility.everyone()) {
                return null;
            }
            code = ownUnit().orElseThrow(() -> new ScopeDeniedException(
                    "Chỉ trưởng đơn vị gắn với một cán bộ mới xem được báo cáo tổng kết của đơn vị mình."));
        }
        String wanted = code;
        Unit unit = units.byCode(code).orElseThrow(() -> new NotFoundException("đơn vị", wanted));
        scope.requireUnit(unit.id(), "Bạn chỉ xem được báo cáo tổng kết của đơn vị mình phụ trách và các đơn vị trực thuộc;"
                + " không xem được báo cáo của đơn vị «" + code + "».");
        return unit;
    }

    private Optional<String> ownUnit() {
        return currentUser.employeeCode().flatMap(code -> jdbc.sql(
                "SELECT u.code FROM employees e JOIN units u ON u.id = e.unit_id WHERE e.code = ?")
                .param(code).query(String.class).optional());
    }

    private Optional<Bounds> period(String code, String field, String what, List<FieldProblem> problems) {
        if (code == null || code.isBlank()) {
            problems.add(new FieldProblem(field, "Thiếu " + what + " của báo cáo: cho mã kỳ, ví dụ 2026-01, 2026-Q1 hoặc 2026"));
            return Optional.empty();
        }
        Optional<Bounds> found = jdbc.sql("SELECT code, start_date, end_date FROM periods WHERE code = ?").param(code)
                .query((rs, n) -> new Bounds(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)))
                .optional();
        if (found.isEmpty()) {
            problems.add(new FieldProblem(field, "Không có kỳ đánh giá «" + code + "» làm " + what + " của báo cáo"));
        }
        return found;
    }

    /** The periods within the dates, months first, then quarters, then years, each by start; with their latest completed run. */
    private List<PeriodRef> periods(LocalDate start, LocalDate end) {
        return jdbc.sql("""
                SELECT p.code, p.kind, p.start_date, p.end_date, l.run_id AS run
                FROM periods p LEFT JOIN latest_completed_runs l ON l.period_id = p.id WHERE p.start_date >= :start AND p.end_date <= :end
                ORDER BY CASE p.kind WHEN 'MONTH' THEN 0 WHEN 'QUARTER' THEN 1 ELSE 2 END, p.start_date, p.code""")
                .param("start", start).param("end", end)
                .query((rs, n) -> new PeriodRef(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, Long.class), null))
                .list().stream().map(this::withVersion).toList();
    }

    private PeriodRef withVersion(PeriodRef p) {
        if (p.run() == null) {
            return p;
        }
        Integer version = jdbc.sql("SELECT rule_set_version FROM evaluation_runs WHERE id = ?").param(p.run())
                .query(Integer.class).single();
        return new PeriodRef(p.code(), p.kind(), p.start(), p.end(), p.run(), version);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
