package vn.gov.sokhcn.kpi.kpi.assignment;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.sokhcn.kpi.kpi.Codes;
import vn.gov.sokhcn.kpi.kpi.Problems;
import vn.gov.sokhcn.kpi.kpi.Ref;
import vn.gov.sokhcn.kpi.kpi.Usage;
import vn.gov.sokhcn.kpi.system.ConflictException;
import vn.gov.sokhcn.kpi.system.NotFoundException;
import vn.gov.sokhcn.kpi.kpi.indicator.Polarity;

@Service
class AssignmentService {
    static final String ONE_HOLDER = "Chỉ tiêu phải giao cho đúng một đơn vị (unit) hoặc một cán bộ (employee)";

    private final AssignmentRepository assignments;
    private final AssignmentQuery query;
    private final Codes codes;
    private final JdbcClient jdbc;

    AssignmentService(AssignmentRepository assignments, AssignmentQuery query, Codes codes, JdbcClient jdbc) {
        this.assignments = assignments;
        this.query = query;
        this.codes = codes;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    AssignmentView get(long id) {
        return query.byId(id).orElseThrow(() -> notFound(id));
    }

    @Transactional
    AssignmentView create(AssignmentRequest request) {
        return get(assignments.save(valid(request, null)).id());
    }

    @Transactional
    AssignmentView update(long id, AssignmentRequest request) {
        Assignment current = assignments.findById(id).orElseThrow(() -> notFound(id));
        Assignment changed = valid(request, id);
        if (!changed.indicatorId().equals(current.indicatorId()) && get(id).measured()) {
            throw new ConflictException("Giao chỉ tiêu «" + id + "» đã có số liệu thực hiện nên không đổi được chỉ số");
        }
        return get(assignments.save(changed).id());
    }

    @Transactional
    void delete(long id) {
        Assignment assignment = assignments.findById(id).orElseThrow(() -> notFound(id));
        Map<String, Long> params = Map.of("id", id);
        Usage.of(jdbc, "giao chỉ tiêu «" + id + "»")
                .count("số liệu thực hiện", "SELECT COUNT(*) FROM measurements WHERE assignment_id = :id", params)
                .count("giao chỉ tiêu được phân bổ từ giao chỉ tiêu này",
                        "SELECT COUNT(*) FROM assignments WHERE cascaded_from_id = :id", params)
                .refuseIfUsed();
        assignments.delete(assignment);
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("giao chỉ tiêu", id);
    }

    private Assignment valid(AssignmentRequest r, Long self) {
        Problems problems = new Problems();
        Long periodId = codes.resolve(Ref.PERIOD, r.period(), "$.period", problems);
        Long indicatorId = codes.resolve(Ref.INDICATOR, r.indicator(), "$.indicator", problems);
        boolean toUnit = r.unit() != null && !r.unit().isBlank();
        boolean toEmployee = r.employee() != null && !r.employee().isBlank();
        Long unitId = null;
        Long employeeId = null;
        if (toUnit == toEmployee) {
            problems.add("$.unit", ONE_HOLDER).add("$.employee", ONE_HOLDER);
        } else {
            unitId = codes.resolve(Ref.UNIT, r.unit(), "$.unit", problems);
            employeeId = codes.resolve(Ref.EMPLOYEE, r.employee(), "$.employee", problems);
        }
        if (indicatorId != null && r.target() == null && needsTarget(indicatorId)) {
            problems.add("$.target", "Thiếu mục tiêu");
        }
        if (r.cascadedFrom() != null && (r.cascadedFrom().equals(self) || assignments.findById(r.cascadedFrom()).isEmpty())) {
            problems.add("$.cascadedFrom", "Không tìm thấy giao chỉ tiêu «" + r.cascadedFrom() + "» để phân bổ từ đó");
        }
        problems.throwIfAny();
        if (assignments.countSameHolder(periodId, indicatorId, unitId, employeeId, self == null ? -1 : self) > 0) {
            throw new ConflictException("Đã giao chỉ số «" + r.indicator() + "» cho «" + (toUnit ? r.unit() : r.employee())
                    + "» trong kỳ «" + r.period() + "»");
        }
        return new Assignment(self, periodId, indicatorId, unitId, employeeId, r.target(), r.weight(), r.threshold(),
                r.stretch(), r.cascadedFrom());
    }

    /** Task-counted and yes/no indicators need no target; the others are scored against one. */
    private boolean needsTarget(long indicatorId) {
        Polarity polarity = Polarity.valueOf(jdbc.sql("SELECT polarity FROM indicators WHERE id = :id")
                .param("id", indicatorId).query(String.class).single());
        return polarity != Polarity.TASKS && polarity != Polarity.BINARY;
    }
}
