package vn.gov.sokhcn.kpi.outcome.bonus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The people of an agency on staff during a year: the months of the year they were on staff (a month
 * counts when they were on staff on any day of it) and their base salary for the year (salary
 * coefficient × the base salary in force on each such month's first day; allowances excluded).
 */
@Component
class AgencyPeople {
    private final JdbcClient jdbc;

    AgencyPeople(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Person(long id, String code, String name, long unitId, String unit, BigDecimal salaryCoefficient,
                  List<Integer> months, BigDecimal baseSalary) {
    }

    List<Person> of(List<Long> unitIds, int year, Map<Integer, Long> baseByMonth) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        return jdbc.sql("""
                SELECT e.id, e.code, e.full_name, e.unit_id, u.code AS unit, e.salary_coefficient, e.start_date, e.end_date
                FROM employees e JOIN units u ON u.id = e.unit_id
                WHERE e.unit_id IN (:units) AND e.start_date <= :last AND (e.end_date IS NULL OR e.end_date >= :first)
                ORDER BY e.code""")
                .param("units", unitIds).param("first", first).param("last", last)
                .query((rs, n) -> {
                    LocalDate start = rs.getDate("start_date").toLocalDate();
                    java.sql.Date endDate = rs.getDate("end_date");
                    LocalDate end = endDate == null ? null : endDate.toLocalDate();
                    BigDecimal coefficient = rs.getBigDecimal("salary_coefficient");
                    List<Integer> months = new ArrayList<>();
                    BigDecimal base = BigDecimal.ZERO;
                    for (int m = 1; m <= 12; m++) {
                        LocalDate from = LocalDate.of(year, m, 1);
                        LocalDate to = from.withDayOfMonth(from.lengthOfMonth());
                        if (!start.isAfter(to) && (end == null || !end.isBefore(from))) {
                            months.add(m);
                            base = base.add(BigDecimal.valueOf(baseByMonth.get(m)));
                        }
                    }
                    BigDecimal salary = coefficient == null ? BigDecimal.ZERO : coefficient.multiply(base);
                    return new Person(rs.getLong("id"), rs.getString("code"), rs.getString("full_name"), rs.getLong("unit_id"),
                            rs.getString("unit"), coefficient, months, salary);
                }).list();
    }
}
