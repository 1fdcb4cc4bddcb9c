package vn.gov.sokhcn.kpi.organisation;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface LeaveRecordRepository extends ListCrudRepository<LeaveRecord, Long> {

    List<LeaveRecord> findByEmployeeIdOrderByStartDateAscIdAsc(Long employeeId);
}
