package vn.gov.sokhcn.kpi.kpi.strategy;

import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A strategic objective of one perspective. The cause→effect links it starts are part of it
 * ({@code objective_links}): this objective drives each of {@code effects}.
 */
@Table("objectives")
record Objective(@Id Long id, String code, String name, Long perspectiveId, String description,
                 @MappedCollection(idColumn = "objective_id") Set<Effect> effects) {

    Objective withId(Long id) {
        return new Objective(id, code, name, perspectiveId, description, effects);
    }

    /** A link to the objective this one drives. */
    @Table("objective_links")
    record Effect(Long effectId) {
    }
}
