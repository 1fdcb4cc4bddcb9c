package vn.gov.sokhcn.kpi.organisation;

import org.springframework.data.repository.ListCrudRepository;

public interface CompetencyAssessmentRepository extends ListCrudRepository<CompetencyAssessment, Long> {
}
