package vn.gov.sokhcn.kpi.organisation;

import org.springframework.data.repository.ListCrudRepository;

public interface LeaveRecordRepository extends ListCrudRepository<LeaveRecord, Long> {
}
