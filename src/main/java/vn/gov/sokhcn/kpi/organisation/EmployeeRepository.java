package vn.gov.sokhcn.kpi.organisation;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface EmployeeRepository extends ListCrudRepository<Employee, Long> {

    Optional<Employee> findByCode(String code);

    boolean existsByCode(String code);
}
