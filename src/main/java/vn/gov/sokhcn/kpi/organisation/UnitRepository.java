package vn.gov.sokhcn.kpi.organisation;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface UnitRepository extends ListCrudRepository<Unit, Long> {

    Optional<Unit> findByCode(String code);

    boolean existsByCode(String code);
}
