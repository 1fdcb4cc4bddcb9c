package vn.gov.sokhcn.kpi.organisation;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface PositionRepository extends ListCrudRepository<Position, Long> {

    Optional<Position> findByCode(String code);

    boolean existsByCode(String code);
}
