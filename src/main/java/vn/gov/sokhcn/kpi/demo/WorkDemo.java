package vn.gov.sokhcn.kpi.demo;

import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the work of every month of {@link DemoWorkPlan}: the Department's assignments, the units'
 * (cascaded from the Department's), the people's (cascaded from their unit's), one measurement per
 * assignment, and the general-criteria points of everyone employed in the month.
 */
@Component
class WorkDemo {
    static final String ENTERED_BY = "Dữ liệu mẫu";
    static final String EVIDENCE = "Số liệu minh họa của bộ dữ liệu mẫu";

    private static final int[] ASSIGNMENT_TYPES = {Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.NUMERIC,
            Types.NUMERIC, Types.NUMERIC, Types.NUMERIC, Types.BIGINT};
    private static final int[] MEASUREMENT_TYPES = {Types.BIGINT, Types.NUMERIC, Types.NUMERIC, Types.NUMERIC, Types.NUMERIC,
            Types.NUMERIC, Types.NUMERIC, Types.NUMERIC, Types.BOOLEAN, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.TIMESTAMP_WITH_TIMEZONE};
    private static final int[] GENERAL_CRITERIA_TYPES = {Types.BIGINT, Types.BIGINT, Types.NUMERIC, Types.NUMERIC, Types.NUMERIC,
            Types.NUMERIC, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE};

    private final JdbcTemplate jdbc;

    WorkDemo(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void write() {
        write(new DemoWorkPlan());
    }

    /** Writes the work of the plan's months only. */
    void write(DemoWorkPlan plan) {
        List<Planned> department = new ArrayList<>(), units = new ArrayList<>(), people = new ArrayList<>();
        for (DemoMonth month : plan.months()) {
            List<Planned> ofUnits = plan.unitAssignments(month);
            department.addAll(plan.departmentAssignments(month, ofUnits));
            units.addAll(ofUnits);
            people.addAll(plan.personAssignments(month));
        }
        Map<String, Long> periods = ids("periods"), indicators = ids("indicators");
        Map<String, Long> holders = new HashMap<>();
        ids("units").forEach((code, id) -> holders.put("U:" + code, id));
        ids("employees").forEach((code, id) -> holders.put("E:" + code, id));
        Map<String, Long> assignments = new HashMap<>();
        for (List<Planned> level : List.of(department, units, people)) {
            insertAssignments(level, periods, indicators, holders, assignments);
            assignments = assignmentIds();
        }
        insertMeasurements(department, units, people, assignments);
        insertGeneralCriteria(plan, periods, holders);
    }

    private void insertAssignments(List<Planned> level, Map<String, Long> periods, Map<String, Long> indicators,
                                   Map<String, Long> holders, Map<String, Long> assignments) {
        DemoSql.insert(jdbc, "assignments",
                "period_id, indicator_id, unit_id, employee_id, target, weight, threshold, stretch, cascaded_from_id",
                ASSIGNMENT_TYPES, level.stream().map(p -> new Object[] {periods.get(p.month().code()),
                indicators.get(p.indicator().code()), p.unitHolder() ? holders.get(p.holder()) : null,
                p.unitHolder() ? null : holders.get(p.holder()), p.target(), p.weight(), p.threshold(), p.stretch(),
                p.cascadedFrom() == null ? null : required(assignments, p.cascadedFrom())}).toList());
    }

    private void insertMeasurements(List<Planned> department, List<Planned> units, List<Planned> people,
                                    Map<String, Long> assignments) {
        List<Object[]> rows = new ArrayList<>();
        for (List<Planned> level : List.of(department, units, people)) {
            for (Planned p : level) {
                Measured m = p.measured();
                rows.add(new Object[] {required(assignments, p.key()), m.actual(), m.assigned(), m.done(), m.atQuality(),
                        m.onTime(), m.late(), m.failedMajorError(), m.objectiveCause(), p.indicator().dataSource(),
                        m.note() == null ? EVIDENCE : m.note(), ENTERED_BY, p.month().enteredAt()});
            }
        }
        DemoSql.insert(jdbc, "measurements", "assignment_id, actual_value, tasks_assigned, tasks_done, tasks_at_quality, "
                + "tasks_on_time, tasks_late, tasks_failed_major_error, objective_cause, source, evidence_note, entered_by, entered_at",
                MEASUREMENT_TYPES, rows);
    }

    private void insertGeneralCriteria(DemoWorkPlan plan, Map<String, Long> periods, Map<String, Long> holders) {
        List<Object[]> rows = new ArrayList<>();
        for (DemoMonth month : plan.months()) {
            for (DemoPerson person : plan.people()) {
                if (person.employedIn(month)) {
                    DemoProfile p = plan.profileOf(person, month);
                    rows.add(new Object[] {holders.get("E:" + person.code()), periods.get(month.code()), p.politics(), p.ethics(),
                            p.style(), p.discipline(), ENTERED_BY, month.enteredAt()});
                }
            }
        }
        DemoSql.insert(jdbc, "general_criteria", "employee_id, period_id, politics, ethics, style, discipline, entered_by, entered_at",
                GENERAL_CRITERIA_TYPES, rows);
    }

    private Map<String, Long> ids(String table) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("SELECT code, id FROM " + table, rs -> {
            ids.put(rs.getString(1), rs.getLong(2));
        });
        return ids;
    }

    private Map<String, Long> assignmentIds() {
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("""
                SELECT a.id, p.code, i.code, u.code, e.code
                FROM assignments a
                JOIN periods p ON p.id = a.period_id
                JOIN indicators i ON i.id = a.indicator_id
                LEFT JOIN units u ON u.id = a.unit_id
                LEFT JOIN employees e ON e.id = a.employee_id""", rs -> {
            String holder = rs.getString(4) != null ? "U:" + rs.getString(4) : "E:" + rs.getString(5);
            ids.put(Planned.key(rs.getString(2), holder, rs.getString(3)), rs.getLong(1));
        });
        return ids;
    }

    private static Long required(Map<String, Long> ids, String key) {
        Long id = ids.get(key);
        if (id == null) {
            throw new IllegalStateException("Dữ liệu mẫu: không tìm thấy chỉ tiêu " + key);
        }
        return id;
    }
}
