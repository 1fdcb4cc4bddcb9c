package vn.gov.sokhcn.kpi.trial;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The stored data of the trial tests, written with SQL under codes of their own: agency TSO with units TP1
 * and TP2, months 2025-05 and 2025-06 (Decree 48: bands 90/70/50, HTXSNV quota 20% of HTTNV) and the
 * quarter 2025-Q2 (never run). Each person has one assignment met exactly (task score 70) and general
 * criteria worth {@link #GENERAL} points, so their score is 70 + that.
 * <ul>
 * <li>task group CIVIL_SERVANT: A02 93, A03 90, A04 95, A05 89.99, A06–A19 70–83 (15 HTTNV: the quota allows
 * 3 HTXSNV, so it holds before and after);</li>
 * <li>task group PUBLIC_EMPLOYEE (unit TP2): B01 96, B02 92, B03 91, B04–B08 75: five HTTNV allow one HTXSNV,
 * so before the quota holds back B03 and then B02 (91 and 92 are banded HTTNV after, and nobody is held back).</li>
 * </ul>
 */
public final class TrialData {
    static final String[] PERIODS = {"2025-05", "2025-06"};
    /** General-criteria points by employee code (in order of creation). */
    static final Map<String, Double> GENERAL = new LinkedHashMap<>();
    static final Map<String, String> UNIT = new LinkedHashMap<>();
    static final Map<String, String> STAFF = new LinkedHashMap<>();

    static {
        person("A02", "TP1", "CIVIL_SERVANT", 23);
        person("A03", "TP1", "CIVIL_SERVANT", 20);
        person("A04", "TP2", "CIVIL_SERVANT", 25);
        person("A05", "TP1", "CIVIL_SERVANT", 19.99);
        for (int i = 6; i <= 19; i++) {
            person(String.format("A%02d", i), i % 2 == 0 ? "TP1" : "TP2", "CIVIL_SERVANT", i - 6);
        }
        person("B01", "TP2", "PUBLIC_EMPLOYEE", 26);
        person("B02", "TP2", "PUBLIC_EMPLOYEE", 22);
        person("B03", "TP2", "PUBLIC_EMPLOYEE", 21);
        for (int i = 4; i <= 8; i++) {
            person("B0" + i, "TP2", "PUBLIC_EMPLOYEE", 5);
        }
    }

    private static void person(String code, String unit, String staff, double general) {
        GENERAL.put(code, general);
        UNIT.put(code, unit);
        STAFF.put(code, staff);
    }

    /** A salary coefficient of each person: 2.34, 2.67, 3.00, 3.33, 3.66 in turn. */
    static BigDecimal coefficient(int index) {
        return new BigDecimal("2.34").add(new BigDecimal("0.33").multiply(BigDecimal.valueOf(index % 5)));
    }

    private final JdbcClient jdbc;

    public TrialData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void ensure() {
        if (jdbc.sql("SELECT COUNT(*) FROM units WHERE code = 'TSO'").query(Long.class).single() > 0) {
            return;
        }
        jdbc.sql("INSERT INTO units (code, name, agency) VALUES ('TSO', 'Sở thử nghiệm', TRUE)").update();
        for (String unit : new String[] {"TP1", "TP2"}) {
            jdbc.sql("INSERT INTO units (code, name, parent_id) VALUES (:c, :n, (SELECT id FROM units WHERE code = 'TSO'))")
                    .param("c", unit).param("n", "Phòng thử " + unit).update();
        }
        jdbc.sql("""
                INSERT INTO indicators (code, name, kind, polarity, frequency, owner_level)
                VALUES ('TI1', 'Hồ sơ giải quyết đúng hạn', 'PI', 'HIGHER_IS_BETTER', 'MONTH', 'PERSON')""").update();
        for (String code : PERIODS) {
            LocalDate start = LocalDate.parse(code + "-01");
            period(code, "MONTH", start, start.withDayOfMonth(start.lengthOfMonth()));
        }
        period("2025-Q2", "QUARTER", LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30));
        int index = 0;
        for (String code : GENERAL.keySet()) {
            jdbc.sql("""
                    INSERT INTO employees (code, full_name, unit_id, staff_type, leadership, salary_coefficient, start_date)
                    VALUES (:c, :n, (SELECT id FROM units WHERE code = :u), :s, 'NONE', :k, :d)""")
                    .param("c", code).param("n", "Cán bộ thử " + code).param("u", UNIT.get(code)).param("s", STAFF.get(code))
                    .param("k", coefficient(index++)).param("d", LocalDate.of(2020, 1, 1)).update();
            for (String period : PERIODS) {
                criteria(code, period, GENERAL.get(code));
                assignment(code, period);
            }
        }
    }

    private void period(String code, String kind, LocalDate start, LocalDate end) {
        jdbc.sql("INSERT INTO periods (code, kind, start_date, end_date, pilot) VALUES (:c, :k, :s, :e, FALSE)")
                .param("c", code).param("k", kind).param("s", start).param("e", end).update();
    }

    /** The points spread over the four criteria of at most 7.5 each. */
    private void criteria(String employee, String period, double points) {
        double[] parts = new double[4];
        double left = points;
        for (int i = 0; i < 4; i++) {
            parts[i] = Math.min(7.5, left);
            left = Math.round((left - parts[i]) * 100) / 100.0;
        }
        jdbc.sql("""
                INSERT INTO general_criteria (employee_id, period_id, politics, ethics, style, discipline, entered_by, entered_at)
                VALUES ((SELECT id FROM employees WHERE code = :e), (SELECT id FROM periods WHERE code = :p),
                        :a, :b, :c, :d, 'test', CURRENT_TIMESTAMP)""")
                .param("e", employee).param("p", period).param("a", parts[0]).param("b", parts[1]).param("c", parts[2])
                .param("d", parts[3]).update();
    }

    private void assignment(String employee, String period) {
        jdbc.sql("""
                INSERT INTO assignments (period_id, indicator_id, employee_id, target, weight)
                VALUES ((SELECT id FROM periods WHERE code = :p), (SELECT id FROM indicators WHERE code = 'TI1'),
                        (SELECT id FROM employees WHERE code = :e), 100, 100)""")
                .param("p", period).param("e", employee).update();
        jdbc.sql("""
                INSERT INTO measurements (assignment_id, actual_value, entered_by, entered_at)
                VALUES ((SELECT MAX(id) FROM assignments), 100, 'test', CURRENT_TIMESTAMP)""").update();
    }
}
