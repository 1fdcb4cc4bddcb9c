package vn.gov.sokhcn.kpi.organisation;

import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A job position (vị trí việc làm) with its job description and the competencies it requires; the
 * required competencies are part of the aggregate and are saved and deleted with it.
 */
@Table("positions")
public record Position(@Id Long id, String code, String name, String jobDescription,
                       @MappedCollection(idColumn = "position_id") Set<RequiredCompetency> competencies) {

    public Position {
        competencies = competencies == null ? Set.of() : Set.copyOf(competencies);
    }

    public Position withId(Long id) {
        return new Position(id, code, name, jobDescription, competencies);
    }
}
