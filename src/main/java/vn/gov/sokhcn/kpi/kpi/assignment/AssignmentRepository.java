package vn.gov.sokhcn.kpi.kpi.assignment;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AssignmentRepository extends ListCrudRepository<Assignment, Long> {

    List<Assignment> findByPeriodId(Long periodId);

    @Query("""
            SELECT COUNT(*) FROM assignments
            WHERE period_id = :periodId AND indicator_id = :indicatorId AND id <> :self
              AND (unit_id = :unitId OR employee_id = :employeeId)""")
    long countSameHolder(Long periodId, Long indicatorId, Long unitId, Long employeeId, long self);
}
