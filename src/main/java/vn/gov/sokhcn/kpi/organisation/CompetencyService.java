package vn.gov.sokhcn.kpi.organisation;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.sokhcn.kpi.system.ConflictException;
import vn.gov.sokhcn.kpi.system.PageResponse;
import vn.gov.sokhcn.kpi.system.Paging;

@Service
@Transactional
class CompetencyService {
    private final CompetencyRepository competencies;
    private final Lookup lookup;
    private final Listing listing;
    private final References references;

    CompetencyService(CompetencyRepository competencies, Lookup lookup, Listing listing, References references) {
        this.competencies = competencies;
        this.lookup = lookup;
        this.listing = listing;
        this.references = references;
    }

    @Transactional(readOnly = true)
    PageResponse<CompetencyView> list(String q, Integer page, Integer size) {
        List<Criteria> filters = new ArrayList<>();
        if (Listing.given(q)) {
            filters.add(Listing.codeOrNameContains("name", q));
        }
        return PageResponse.of(listing.page(Competency.class, filters, Paging.of(page, size).request(Sort.by("code"))),
                CompetencyView::of);
    }

    @Transactional(readOnly = true)
    CompetencyView get(String code) {
        return CompetencyView.of(lookup.competency(code));
    }

    CompetencyView create(CompetencyRequest request) {
        refuseDuplicate(request.code().strip());
        return CompetencyView.of(competencies.save(request.toCompetency(null)));
    }

    CompetencyView update(String code, CompetencyRequest request) {
        Competency existing = lookup.competency(code);
        if (!existing.code().equals(request.code().strip())) {
            refuseDuplicate(request.code().strip());
        }
        return CompetencyView.of(competencies.save(request.toCompetency(existing.id())));
    }

    void delete(String code) {
        Competency competency = lookup.competency(code);
        references.refuseDeleteIfReferenced("năng lực", code, competency.id(), References.TO_COMPETENCY);
        competencies.delete(competency);
    }

    private void refuseDuplicate(String code) {
        if (competencies.existsByCode(code)) {
            throw new ConflictException("Đã có năng lực mã «" + code + "»");
        }
    }
}
