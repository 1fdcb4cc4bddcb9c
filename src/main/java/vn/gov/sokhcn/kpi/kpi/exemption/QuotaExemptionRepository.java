package vn.gov.sokhcn.kpi.kpi.exemption;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface QuotaExemptionRepository extends ListCrudRepository<QuotaExemption, Long> {

    Optional<QuotaExemption> findByPeriodIdAndUnitId(Long periodId, Long unitId);
}
