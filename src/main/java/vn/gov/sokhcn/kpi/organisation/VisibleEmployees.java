package vn.gov.sokhcn.kpi.organisation;

import java.util.List;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.security.Scope;
import vn.gov.sokhcn.kpi.security.Visibility;

/** The employees (and their records) the signed-in user may see: themselves, their unit's, or everyone. */
@Component
class VisibleEmployees {
    private final Lookup lookup;
    private final Scope scope;

    VisibleEmployees(Lookup lookup, Scope scope) {
        this.lookup = lookup;
        this.scope = scope;
    }

    /** The employee of this code, or a 403 naming them when the user may not see them. */
    Employee get(String code) {
        Employee employee = lookup.employee(code);
        scope.requireEmployee(employee.id(), employee.unitId(), "Bạn chỉ xem được thông tin của chính mình"
                + " hoặc của cán bộ thuộc đơn vị mình phụ trách; không xem được «" + code + "».");
        return employee;
    }

    /** Adds to a list query's filters what keeps only the visible employees. */
    void restrict(List<Criteria> filters) {
        Visibility visibility = scope.visibility();
        if (visibility.everyone()) {
            return;
        }
        if (visibility.employeeId() != null) {
            filters.add(Criteria.where("id").is(visibility.employeeId()));
        } else if (visibility.byUnit()) {
            filters.add(Criteria.where("unitId").in(visibility.unitIds()));
        } else {
            filters.add(Criteria.where("id").is(-1L));
        }
    }
}
