package vn.gov.sokhcn.kpi.kpi.period;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface PeriodRepository extends ListCrudRepository<Period, Long> {

    Optional<Period> findByCode(String code);
}
