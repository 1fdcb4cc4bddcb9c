package vn.gov.sokhcn.kpi.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A unit to create or to replace. {@code parent}: the parent unit's code (none: a root); {@code agency} and {@code sortOrder} default to false and 0, as in the schema. */
record UnitRequest(
        @NotBlank(message = "Thiếu mã đơn vị") @BusinessCode String code,
        @NotBlank(message = "Thiếu tên đơn vị") @Size(max = 200, message = "Tên dài tối đa 200 ký tự") String name,
        String parent,
        Boolean agency,
        Integer sortOrder) {

    Unit toUnit(Long id, Long parentId) {
        return new Unit(id, code.strip(), name.strip(), parentId, Boolean.TRUE.equals(agency), sortOrder == null ? 0 : sortOrder);
    }
}
