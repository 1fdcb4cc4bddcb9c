package vn.gov.sokhcn.kpi.organisation;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface DisciplineRecordRepository extends ListCrudRepository<DisciplineRecord, Long> {

    List<DisciplineRecord> findByEmployeeIdOrderByDecidedOnAscIdAsc(Long employeeId);
}
