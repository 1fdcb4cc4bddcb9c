package vn.gov.sokhcn.kpi.organisation;

import org.springframework.data.repository.ListCrudRepository;

public interface UnitSanctionRepository extends ListCrudRepository<UnitSanction, Long> {
}
