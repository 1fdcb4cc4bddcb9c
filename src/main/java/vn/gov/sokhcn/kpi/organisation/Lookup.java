package vn.gov.sokhcn.kpi.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.system.FieldProblem;
import vn.gov.sokhcn.kpi.system.NotFoundException;

/**
 * Units, competencies, positions and employees by their business code: in a path (unknown: 404),
 * in a request body (unknown: a problem of that field), and back from ids to codes for views.
 */
@Component
class Lookup {
    private final UnitRepository units;
    private final CompetencyRepository competencies;
    private final PositionRepository positions;
    private final EmployeeRepository employees;

    Lookup(UnitRepository units, CompetencyRepository competencies, PositionRepository positions,
           EmployeeRepository employees) {
        this.units = units;
        this.competencies = competencies;
        this.positions = positions;
        this.employees = employees;
    }

    Unit unit(String code) {
        return units.findByCode(code).orElseThrow(() -> new NotFoundException("đơn vị", code));
    }

    Competency competency(String code) {
        return competencies.findByCode(code).orElseThrow(() -> new NotFoundException("năng lực", code));
    }

    Position position(String code) {
        return positions.findByCode(code).orElseThrow(() -> new NotFoundException("vị trí việc làm", code));
    }

    Employee employee(String code) {
        return employees.findByCode(code).orElseThrow(() -> new NotFoundException("cán bộ", code));
    }

    /** The id of the unit {@code code}, or null (and a problem of {@code field}) when there is none. */
    Long unitId(String code, String field, List<FieldProblem> problems) {
        return units.findByCode(code).map(Unit::id).orElseGet(() -> missing("Không có đơn vị mã «" + code + "»", field, problems));
    }

    Long competencyId(String code, String field, List<FieldProblem> problems) {
        return competencies.findByCode(code).map(Competency::id)
                .orElseGet(() -> missing("Không có năng lực mã «" + code + "»", field, problems));
    }

    Long positionId(String code, String field, List<FieldProblem> problems) {
        return positions.findByCode(code).map(Position::id)
                .orElseGet(() -> missing("Không có vị trí việc làm mã «" + code + "»", field, problems));
    }

    Map<Long, String> unitCodes(Collection<Long> ids) {
        return codes(units.findAllById(present(ids)), Unit::id, Unit::code);
    }

    Map<Long, String> competencyCodes(Collection<Long> ids) {
        return codes(competencies.findAllById(present(ids)), Competency::id, Competency::code);
    }

    Map<Long, String> positionCodes(Collection<Long> ids) {
        return codes(positions.findAllById(present(ids)), Position::id, Position::code);
    }

    private static Long missing(String message, String field, List<FieldProblem> problems) {
        problems.add(new FieldProblem(field, message));
        return null;
    }

    private static List<Long> present(Collection<Long> ids) {
        return ids.stream().filter(Objects::nonNull).distinct().toList();
    }

    private static <T> Map<Long, String> codes(List<T> found, Function<T, Long> id, Function<T, String> code) {
        return found.stream().collect(Collectors.toMap(id, code));
    }
}
