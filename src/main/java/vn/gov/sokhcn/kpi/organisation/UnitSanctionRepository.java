package vn.gov.sokhcn.kpi.organisation;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface UnitSanctionRepository extends ListCrudRepository<UnitSanction, Long> {

    List<UnitSanction> findByUnitIdOrderByDecidedOnAscIdAsc(Long unitId);
}
