package vn.gov.sokhcn.kpi.kpi.measurement;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface MeasurementRepository extends ListCrudRepository<Measurement, Long> {

    Optional<Measurement> findByAssignmentId(Long assignmentId);
}
