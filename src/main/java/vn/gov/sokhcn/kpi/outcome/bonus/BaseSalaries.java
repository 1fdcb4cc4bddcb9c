package vn.gov.sokhcn.kpi.outcome.bonus;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.sokhcn.kpi.audit.AuditAction;
import vn.gov.sokhcn.kpi.audit.AuditLog;
import vn.gov.sokhcn.kpi.system.ConflictException;

/** The base salary in force by date (table base_salaries), as HR keeps it. */
@Component
class BaseSalaries {
    private final JdbcClient jdbc;
    private final AuditLog audit;

    BaseSalaries(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    record BaseSalary(LocalDate effectiveFrom, long amount, String basis) {
    }

    List<BaseSalary> all() {
        return jdbc.sql("SELECT effective_from, amount, basis FROM base_salaries ORDER BY effective_from")
                .query((rs, n) -> new BaseSalary(rs.getDate(1).toLocalDate(), rs.getLong(2), rs.getString(3))).list();
    }

    @Transactional
    BaseSalary put(LocalDate from, long amount, String basis) {
        List<BaseSalary> before = all().stream().filter(b -> b.effectiveFrom().equals(from)).toList();
        if (before.isEmpty()) {
            jdbc.sql("INSERT INTO base_salaries (effective_from, amount, basis) VALUES (?, ?, ?)").params(from, amount, basis).update();
        } else {
            jdbc.sql("UPDATE base_salaries SET amount = ?, basis = ? WHERE effective_from = ?").params(amount, basis, from).update();
        }
        BaseSalary after = new BaseSalary(from, amount, basis);
        audit.record(before.isEmpty() ? AuditAction.CREATED : AuditAction.UPDATED, "BaseSalary", from,
                before.isEmpty() ? null : before.get(0), after, "Lương cơ sở từ ngày " + from);
        return after;
    }

    /** The amount in force on each first day of a month of the year, by month 1–12; a month with none → 409. */
    Map<Integer, Long> byMonth(int year) {
        List<BaseSalary> all = all();
        Map<Integer, Long> months = new java.util.TreeMap<>();
        for (int m = 1; m <= 12; m++) {
            LocalDate first = LocalDate.of(year, m, 1);
            BaseSalary inForce = all.stream().filter(b -> !b.effectiveFrom().isAfter(first)).reduce((a, b) -> b)
                    .orElseThrow(() -> new ConflictException("Chưa có mức lương cơ sở áp dụng cho tháng " + first.getMonthValue()
                            + "/" + year + " (xem /api/base-salaries)."));
            months.put(m, inForce.amount());
        }
        return months;
    }
}
