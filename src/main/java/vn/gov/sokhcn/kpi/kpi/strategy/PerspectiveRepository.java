package vn.gov.sokhcn.kpi.kpi.strategy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface PerspectiveRepository extends ListCrudRepository<Perspective, Long> {

    Optional<Perspective> findByCode(String code);

    List<Perspective> findAllByOrderBySortOrderAscCodeAsc();
}
