package vn.gov.sokhcn.kpi.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.sokhcn.kpi.system.FieldProblem;
import vn.gov.sokhcn.kpi.system.InvalidRequestException;
import vn.gov.sokhcn.kpi.system.ConflictException;
import vn.gov.sokhcn.kpi.system.PageResponse;
import vn.gov.sokhcn.kpi.system.Paging;

@Service
@Transactional
class EmployeeService {
    private final EmployeeRepository employees;
    private final Lookup lookup;
    private final Listing listing;
    private final References references;
    private final VisibleEmployees visible;

    EmployeeService(EmployeeRepository employees, Lookup lookup, Listing listing, References references,
                    VisibleEmployees visible) {
        this.visible = visible;
        this.employees = employees;
        this.lookup = lookup;
        this.listing = listing;
        this.references = references;
    }

    /** Filters: a unit's and a position's code (unknown: 400), staff type, leadership, part of code or name. */
    @Transactional(readOnly = true)
    PageResponse<EmployeeView> list(EmployeeFilter filter, Integer page, Integer size) {
        List<FieldProblem> problems = new ArrayList<>();
        List<Criteria> filters = new ArrayList<>();
        if (Listing.given(filter.unit())) {
            Listing.whereIs(filters, "unitId", lookup.unitId(filter.unit(), "unit", problems));
        }
        if (Listing.given(filter.position())) {
            Listing.whereIs(filters, "positionId", lookup.positionId(filter.position(), "position", problems));
        }
        if (filter.staffType() != null) {
            filters.add(Criteria.where("staffType").is(filter.staffType().name()));
        }
        if (filter.leadership() != null) {
            filters.add(Criteria.where("leadership").is(filter.leadership().name()));
        }
        if (Listing.given(filter.q())) {
            filters.add(Listing.codeOrNameContains("fullName", filter.q()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        visible.restrict(filters);
        Page<Employee> found = listing.page(Employee.class, filters, Paging.of(page, size).request(Sort.by("code")));
        Map<Long, String> units = lookup.unitCodes(found.map(Employee::unitId).toList());
        Map<Long, String> positions = lookup.positionCodes(found.map(Employee::positionId).toList());
        return PageResponse.of(found, e -> EmployeeView.of(e, units, positions));
    }

    record EmployeeFilter(String unit, String position, StaffType staffType, Leadership leadership, String q) {
    }

    @Transactional(readOnly = true)
    EmployeeView get(String code) {
        return view(visible.get(code));
    }

    EmployeeView create(EmployeeRequest request) {
        Employee employee = resolve(null, request);
        refuseDuplicate(employee.code());
        return view(employees.save(employee));
    }

    EmployeeView update(String code, EmployeeRequest request) {
        Employee existing = lookup.employee(code);
        Employee employee = resolve(existing.id(), request);
        if (!existing.code().equals(employee.code())) {
            refuseDuplicate(employee.code());
        }
        return view(employees.save(employee));
    }

    void delete(String code) {
        Employee employee = lookup.employee(code);
        references.refuseDeleteIfReferenced("cán bộ", code, employee.id(), References.TO_EMPLOYEE);
        employees.delete(employee);
    }

    private Employee resolve(Long id, EmployeeRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        Long unitId = lookup.unitId(request.unit().strip(), "$.unit", problems);
        Long positionId = Listing.given(request.position())
                ? lookup.positionId(request.position().strip(), "$.position", problems) : null;
        if (request.endDate() != null && request.endDate().isBefore(request.startDate())) {
            problems.add(new FieldProblem("$.endDate", "Ngày kết thúc công tác không được trước ngày bắt đầu"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return request.toEmployee(id, unitId, positionId);
    }

    private void refuseDuplicate(String code) {
        if (employees.existsByCode(code)) {
            throw new ConflictException("Đã có cán bộ mã «" + code + "»");
        }
    }

    private EmployeeView view(Employee e) {
        return EmployeeView.of(e, lookup.unitCodes(List.of(e.unitId())),
                lookup.positionCodes(e.positionId() == null ? List.of() : List.of(e.positionId())));
    }
}
