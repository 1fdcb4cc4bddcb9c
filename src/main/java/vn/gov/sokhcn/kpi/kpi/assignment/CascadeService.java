package vn.gov.sokhcn.kpi.kpi.assignment;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.sokhcn.kpi.audit.AuditAction;
import vn.gov.sokhcn.kpi.audit.AuditLog;
import vn.gov.sokhcn.kpi.kpi.Codes;
import vn.gov.sokhcn.kpi.kpi.Ref;
import vn.gov.sokhcn.kpi.kpi.assignment.CascadeRequest.Level;
import vn.gov.sokhcn.kpi.organisation.Unit;
import vn.gov.sokhcn.kpi.organisation.UnitTree;
import vn.gov.sokhcn.kpi.organisation.UnitTrees;

/**
 * Copies assignments down the organisation for one period, in one transaction (a failure writes nothing).
 * UNITS: from each root unit (no parent: the Department) level by level, each unit's assignments go to
 * the units directly below it. PEOPLE: each unit's assignments of PERSON-level indicators go to the
 * unit's staff employed during the period. A copy keeps target, weight, threshold and stretch and points
 * at its source ({@code cascadedFrom}); where the holder already has the indicator it is kept (skipped),
 * or with {@code overwrite} takes the source's values.
 */
@Service
class CascadeService {
    private final AssignmentRepository assignments;
    private final Codes codes;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final UnitTrees unitTrees;

    CascadeService(AssignmentRepository assignments, Codes codes, JdbcClient jdbc, AuditLog audit, UnitTrees unitTrees) {
        this.assignments = assignments;
        this.codes = codes;
        this.jdbc = jdbc;
        this.audit = audit;
        this.unitTrees = unitTrees;
    }

    private record Key(long indicatorId, Long unitId, Long employeeId) {
    }

    private final class Run {
        final Map<Key, Assignment> existing = new HashMap<>();
        final boolean overwrite;
        int created;
        int skipped;
        int overwritten;

        Run(List<Assignment> current, boolean overwrite) {
            current.forEach(a -> existing.put(key(a), a));
            this.overwrite = overwrite;
        }

        void copy(Assignment source, Long unitId, Long employeeId) {
            Key key = new Key(source.indicatorId(), unitId, employeeId);
            Assignment present = existing.get(key);
            if (present == null) {
                existing.put(key, assignments.save(source.cascadedTo(unitId, employeeId)));
                created++;
            } else if (overwrite) {
                existing.put(key, assignments.save(present.overwrittenBy(source)));
                overwritten++;
            } else {
                skipped++;
            }
        }

        List<Assignment> ofUnit(long unitId) {
            return existing.values().stream().filter(a -> Objects.equals(a.unitId(), unitId))
                    .sorted(Comparator.comparing(Assignment::id)).toList();
        }
    }

    @Transactional
    CascadeResult cascade(String period, CascadeRequest request) {
        long periodId = codes.require(Ref.PERIOD, period);
        Run run = new Run(assignments.findByPeriodId(periodId), request.overwriting());
        audit.withoutRowEvents(() -> {
            if (request.levelOrAll() != Level.PEOPLE) {
                toUnits(run);
            }
            if (request.levelOrAll() != Level.UNITS) {
                toPeople(run, periodId);
            }
            return run;
        });
        CascadeResult result = new CascadeResult(period, request.levelOrAll(), run.created, run.skipped, run.overwritten);
        String level = switch (request.levelOrAll()) {
            case UNITS -> "xuống các đơn vị";
            case PEOPLE -> "xuống cán bộ";
            case ALL -> "xuống các đơn vị và cán bộ";
        };
        audit.record(AuditAction.CASCADE, "Period", period, null, result, "Phân bổ chỉ tiêu kỳ «" + period + "» " + level
                + (request.overwriting() ? " (ghi đè)" : "") + ": thêm " + run.created + ", giữ nguyên " + run.skipped
                + ", ghi đè " + run.overwritten);
        return result;
    }

    private void toUnits(Run run) {
        UnitTree tree = unitTrees.load();
        Deque<Unit> queue = new ArrayDeque<>(tree.roots());
        while (!queue.isEmpty()) {
            long unit = queue.poll().id();
            List<Assignment> sources = run.ofUnit(unit);
            for (Unit child : tree.children(unit)) {
                sources.forEach(source -> run.copy(source, child.id(), null));
                queue.add(child);
            }
        }
    }

    private void toPeople(Run run, long periodId) {
        Set<Long> personLevel = jdbc.sql("SELECT id FROM indicators WHERE owner_level = 'PERSON'").query(Long.class).set();
        LocalDate[] dates = jdbc.sql("SELECT start_date, end_date FROM periods WHERE id = :id").param("id", periodId)
                .query((rs, n) -> new LocalDate[] {rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)}).single();
        Map<Long, List<Long>> staff = jdbc.sql("""
                SELECT id, unit_id FROM employees
                WHERE start_date <= :periodEnd AND (end_date IS NULL OR end_date >= :periodStart)
                ORDER BY code""")
                .param("periodEnd", dates[1]).param("periodStart", dates[0])
                .query((rs, n) -> new long[] {rs.getLong("unit_id"), rs.getLong("id")}).list().stream()
                .collect(Collectors.groupingBy(p -> p[0], Collectors.mapping(p -> p[1], Collectors.toList())));
        staff.forEach((unit, people) -> {
            List<Assignment> sources = run.ofUnit(unit).stream().filter(a -> personLevel.contains(a.indicatorId())).toList();
            people.forEach(person -> sources.forEach(source -> run.copy(source, null, person)));
        });
    }

    private static Key key(Assignment a) {
        return new Key(a.indicatorId(), a.unitId(), a.employeeId());
    }
}
