package vn.gov.sokhcn.kpi.organisation;

import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.sokhcn.kpi.system.NotFoundException;
import vn.gov.sokhcn.kpi.system.PageResponse;
import vn.gov.sokhcn.kpi.system.Paging;

@Service
@Transactional
class UnitSanctionService {
    private final UnitSanctionRepository sanctions;
    private final Lookup lookup;
    private final Listing listing;

    UnitSanctionService(UnitSanctionRepository sanctions, Lookup lookup, Listing listing) {
        this.sanctions = sanctions;
        this.lookup = lookup;
        this.listing = listing;
    }

    @Transactional(readOnly = true)
    PageResponse<SanctionView> list(String unit, Integer page, Integer size) {
        Unit u = lookup.unit(unit);
        return PageResponse.of(listing.page(UnitSanction.class, List.of(Criteria.where("unitId").is(u.id())),
                Paging.of(page, size).request(Sort.by("decidedOn", "id"))), s -> SanctionView.of(s, u.code()));
    }

    SanctionView add(String unit, SanctionRequest request) {
        Unit u = lookup.unit(unit);
        return SanctionView.of(sanctions.save(new UnitSanction(null, u.id(), request.decidedOn(), request.decisionNo(),
                request.note())), u.code());
    }

    void delete(String unit, long id) {
        Unit u = lookup.unit(unit);
        sanctions.delete(sanctions.findById(id).filter(s -> s.unitId().equals(u.id()))
                .orElseThrow(() -> new NotFoundException("quyết định xử lý số " + id + " của đơn vị", u.code())));
    }
}
