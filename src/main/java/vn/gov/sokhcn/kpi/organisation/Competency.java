package vn.gov.sokhcn.kpi.organisation;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A named competency; positions require it at a level, assessments measure it. */
@Table("competencies")
public record Competency(@Id Long id, String code, String name, String description) {

    public Competency withId(Long id) {
        return new Competency(id, code, name, description);
    }
}
