package vn.gov.sokhcn.kpi.kpi.strategy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface CsfRepository extends ListCrudRepository<Csf, Long> {

    Optional<Csf> findByCode(String code);

    List<Csf> findAllByOrderByCodeAsc();
}
