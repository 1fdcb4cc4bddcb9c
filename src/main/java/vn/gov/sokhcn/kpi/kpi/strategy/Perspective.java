package vn.gov.sokhcn.kpi.kpi.strategy;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A Balanced Scorecard perspective (phương diện); {@code sortOrder} places it on the map, top first. */
@Table("perspectives")
record Perspective(@Id Long id, String code, String name, int sortOrder) {

    Perspective withId(Long id) {
        return new Perspective(id, code, name, sortOrder);
    }
}
