package vn.gov.sokhcn.kpi.organisation;

import org.springframework.data.repository.ListCrudRepository;

public interface DisciplineRecordRepository extends ListCrudRepository<DisciplineRecord, Long> {
}
