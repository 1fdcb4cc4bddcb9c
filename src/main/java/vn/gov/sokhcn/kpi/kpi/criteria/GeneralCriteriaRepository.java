package vn.gov.sokhcn.kpi.kpi.criteria;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface GeneralCriteriaRepository extends ListCrudRepository<GeneralCriteria, Long> {

    Optional<GeneralCriteria> findByPeriodIdAndEmployeeId(Long periodId, Long employeeId);
}
