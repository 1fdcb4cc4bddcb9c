package vn.gov.sokhcn.kpi.organisation;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface CompetencyAssessmentRepository extends ListCrudRepository<CompetencyAssessment, Long> {

    List<CompetencyAssessment> findByEmployeeIdOrderByAssessedOnAscIdAsc(Long employeeId);
}
