package vn.gov.sokhcn.kpi.benchmark;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Assignment;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Employee;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Indicator;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Unit;

/**
 * Stores a synthetic request as the Department's data of its period, with JDBC batches: units,
 * indicators, people (employed since 2020, disciplined ones with a reprimand in the period), the
 * period (unless one with its code is stored), general criteria, assignments and their measurements.
 * Ids are given, after the highest of each table: into an empty database (the benchmark) or beside
 * the demo Department (codes must then differ from the stored ones). The identity columns are not
 * moved on, so the service should not create rows in those tables afterwards (runs use their own).
 */
public final class StoredSyntheticPeriod {
    private static final int BATCH = 2_000;
    private final JdbcTemplate jdbc;

    public StoredSyntheticPeriod(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void write(EvaluationRequest request) {
        Map<String, Long> units = new HashMap<>();
        List<Unit> given = request.units();
        long lastUnit = lastId("units");
        for (int i = 0; i < given.size(); i++) {
            units.put(given.get(i).code(), lastUnit + i + 1L);
        }
        batch("INSERT INTO units (id, code, name, parent_id, agency, sort_order) VALUES (?, ?, ?, ?, ?, ?)", given, (ps, u) -> {
            ps.setLong(1, units.get(u.code()));
            ps.setString(2, u.code());
            ps.setString(3, u.name());
            ps.setObject(4, u.parent() == null ? null : units.get(u.parent()), Types.BIGINT);
            ps.setBoolean(5, Boolean.TRUE.equals(u.agency()));
            ps.setLong(6, units.get(u.code()));
        });
        var period = request.period();
        long periodId = jdbc.queryForList("SELECT id FROM periods WHERE code = ?", Long.class, period.code()).stream()
                .findFirst().orElseGet(() -> {
                    long id = lastId("periods") + 1;
                    jdbc.update("INSERT INTO periods (id, code, kind, start_date, end_date) VALUES (?, ?, ?, ?, ?)", id,
                            period.code(), period.kind().name(), period.start(), period.end());
                    return id;
                });
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        request.assignments().forEach(a -> indicators.putIfAbsent(a.indicator().code(), a.indicator()));
        Map<String, Long> indicatorIds = new HashMap<>();
        long lastIndicator = lastId("indicators");
        indicators.keySet().forEach(code -> indicatorIds.put(code, lastIndicator + indicatorIds.size() + 1L));
        batch("INSERT INTO indicators (id, code, name, kind, polarity, frequency, owner_level) VALUES (?, ?, ?, ?, ?, 'MONTH', 'PERSON')",
                List.copyOf(indicators.values()), (ps, i) -> {
                    ps.setLong(1, indicatorIds.get(i.code()));
                    ps.setString(2, i.code());
                    ps.setString(3, i.name());
                    ps.setString(4, i.kind().name());
                    ps.setString(5, i.polarity().name());
                });
        Map<String, Long> people = new HashMap<>();
        long lastEmployee = lastId("employees");
        request.employees().forEach(e -> people.put(e.id(), lastEmployee + people.size() + 1L));
        employees(request.employees(), people, units, periodId, period.start());
        assignments(request.assignments(), people, units, indicatorIds, periodId);
    }

    private long lastId(String table) {
        return jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM " + table, Long.class);
    }

    private void employees(List<Employee> employees, Map<String, Long> ids, Map<String, Long> units, long periodId,
                           LocalDate periodStart) {
        batch("""
                INSERT INTO employees (id, code, full_name, unit_id, staff_type, leadership, task_group, start_date)
                VALUES (?, ?, ?, ?, ?, ?, ?, DATE '2020-01-01')
                """, employees, (ps, e) -> {
            ps.setLong(1, ids.get(e.id()));
            ps.setString(2, e.id());
            ps.setString(3, e.name());
            ps.setLong(4, units.get(e.unit()));
            ps.setString(5, e.staffType().name());
            ps.setString(6, e.leadership() == null ? "NONE" : e.leadership().name());
            ps.setString(7, e.taskGroup());
        });
        batch("""
                INSERT INTO general_criteria (employee_id, period_id, politics, ethics, style, discipline, entered_by, entered_at)
                VALUES (?, ?, ?, ?, ?, ?, 'benchmark', CURRENT_TIMESTAMP)
                """, employees, (ps, e) -> {
            ps.setLong(1, ids.get(e.id()));
            ps.setLong(2, periodId);
            ps.setDouble(3, e.generalCriteria().politics());
            ps.setDouble(4, e.generalCriteria().ethics());
            ps.setDouble(5, e.generalCriteria().style());
            ps.setDouble(6, e.generalCriteria().discipline());
        });
        batch("INSERT INTO discipline_records (employee_id, kind, decided_on) VALUES (?, 'REPRIMAND', ?)",
                employees.stream().filter(e -> Boolean.TRUE.equals(e.disciplined())).toList(), (ps, e) -> {
                    ps.setLong(1, ids.get(e.id()));
                    ps.setObject(2, periodStart);
                });
    }

    private void assignments(List<Assignment> assignments, Map<String, Long> people, Map<String, Long> units,
                             Map<String, Long> indicators, long periodId) {
        Map<Assignment, Long> ids = new java.util.IdentityHashMap<>();
        long lastAssignment = lastId("assignments");
        assignments.forEach(a -> ids.put(a, lastAssignment + ids.size() + 1L));
        batch("""
                INSERT INTO assignments (id, period_id, indicator_id, unit_id, employee_id, target, weight, threshold, stretch)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, assignments, (ps, a) -> {
            ps.setLong(1, ids.get(a));
            ps.setLong(2, periodId);
            ps.setLong(3, indicators.get(a.indicator().code()));
            ps.setObject(4, people.containsKey(a.holder()) ? null : units.get(a.holder()), Types.BIGINT);
            ps.setObject(5, people.get(a.holder()), Types.BIGINT);
            ps.setObject(6, a.target(), Types.DOUBLE);
            ps.setDouble(7, a.weight());
            ps.setObject(8, a.threshold(), Types.DOUBLE);
            ps.setObject(9, a.stretch(), Types.DOUBLE);
        });
        Timestamp now = new Timestamp(System.currentTimeMillis());
        batch("""
                INSERT INTO measurements (assignment_id, actual_value, tasks_assigned, tasks_done, tasks_at_quality,
                    tasks_on_time, tasks_late, tasks_failed_major_error, objective_cause, entered_by, entered_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'benchmark', ?)
                """, assignments, (ps, a) -> {
            var t = a.tasks();
            ps.setLong(1, ids.get(a));
            ps.setObject(2, a.actual(), Types.DOUBLE);
            ps.setObject(3, t == null ? null : t.assigned(), Types.DOUBLE);
            ps.setObject(4, t == null ? null : t.done(), Types.DOUBLE);
            ps.setObject(5, t == null ? null : t.atQuality(), Types.DOUBLE);
            ps.setObject(6, t == null ? null : t.onTime(), Types.DOUBLE);
            ps.setObject(7, t == null ? null : t.late(), Types.DOUBLE);
            ps.setObject(8, t == null ? null : t.failedMajorError(), Types.DOUBLE);
            ps.setBoolean(9, t != null && Boolean.TRUE.equals(t.objectiveCause()));
            ps.setTimestamp(10, now);
        });
    }

    private interface Setter<T> {
        void set(PreparedStatement ps, T item) throws SQLException;
    }

    private <T> void batch(String sql, List<T> items, Setter<T> setter) {
        for (int from = 0; from < items.size(); from += BATCH) {
            jdbc.batchUpdate(sql, items.subList(from, Math.min(items.size(), from + BATCH)), BATCH, setter::set);
        }
    }
}
