package vn.gov.sokhcn.kpi.organisation;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface CompetencyRepository extends ListCrudRepository<Competency, Long> {

    Optional<Competency> findByCode(String code);

    boolean existsByCode(String code);
}
