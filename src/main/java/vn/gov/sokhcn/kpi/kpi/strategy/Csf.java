package vn.gov.sokhcn.kpi.kpi.strategy;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A critical success factor (yếu tố thành công then chốt) of an objective. */
@Table("csfs")
record Csf(@Id Long id, String code, String name, Long objectiveId) {

    Csf withId(Long id) {
        return new Csf(id, code, name, objectiveId);
    }
}
