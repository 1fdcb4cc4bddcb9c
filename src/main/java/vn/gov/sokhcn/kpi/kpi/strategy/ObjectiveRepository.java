package vn.gov.sokhcn.kpi.kpi.strategy;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface ObjectiveRepository extends ListCrudRepository<Objective, Long> {

    Optional<Objective> findByCode(String code);
}
