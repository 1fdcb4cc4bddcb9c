package vn.gov.sokhcn.kpi.organisation;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A unit of the Department (a division, the Office, the Inspectorate, the Sub-department, the
 * Centre, or the Department itself at the root). {@code agency}: an agency of its own for the
 * quota. Children point to their parent by id.
 */
@Table("units")
public record Unit(@Id Long id, String code, String name, Long parentId, boolean agency, int sortOrder) {

    public Unit withId(Long id) {
        return new Unit(id, code, name, parentId, agency, sortOrder);
    }
}
