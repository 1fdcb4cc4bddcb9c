package vn.gov.sokhcn.kpi.organisation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.sokhcn.kpi.system.FieldProblem;
import vn.gov.sokhcn.kpi.system.InvalidRequestException;
import vn.gov.sokhcn.kpi.system.ConflictException;
import vn.gov.sokhcn.kpi.system.PageResponse;
import vn.gov.sokhcn.kpi.system.Paging;

/** Positions with their required competencies, saved and replaced as one aggregate. */
@Service
@Transactional
class PositionService {
    private final PositionRepository positions;
    private final Lookup lookup;
    private final Listing listing;
    private final References references;

    PositionService(PositionRepository positions, Lookup lookup, Listing listing, References references) {
        this.positions = positions;
        this.lookup = lookup;
        this.listing = listing;
        this.references = references;
    }

    @Transactional(readOnly = true)
    PageResponse<PositionView> list(String q, Integer page, Integer size) {
        List<Criteria> filters = new ArrayList<>();
        if (Listing.given(q)) {
            filters.add(Listing.codeOrNameContains("name", q));
        }
        Page<Position> found = listing.page(Position.class, filters, Paging.of(page, size).request(Sort.by("code")));
        Map<Long, String> codes = lookup.competencyCodes(found.stream()
                .flatMap(p -> p.competencies().stream()).map(RequiredCompetency::competencyId).toList());
        return PageResponse.of(found, p -> PositionView.of(p, codes));
    }

    @Transactional(readOnly = true)
    PositionView get(String code) {
        return view(lookup.position(code));
    }

    PositionView create(PositionRequest request) {
        Set<RequiredCompetency> required = required(request);
        refuseDuplicate(request.code().strip());
        return view(positions.save(toPosition(null, request, required)));
    }

    PositionView update(String code, PositionRequest request) {
        Position existing = lookup.position(code);
        Set<RequiredCompetency> required = required(request);
        if (!existing.code().equals(request.code().strip())) {
            refuseDuplicate(request.code().strip());
        }
        return view(positions.save(toPosition(existing.id(), request, required)));
    }

    void delete(String code) {
        Position position = lookup.position(code);
        references.refuseDeleteIfReferenced("vị trí việc làm", code, position.id(), References.TO_POSITION);
        positions.delete(position);
    }

    /** The required competencies by id; an unknown or repeated competency is a problem of its element. */
    private Set<RequiredCompetency> required(PositionRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<RequiredCompetency> required = new HashSet<>();
        Set<String> seen = new HashSet<>();
        List<PositionRequest.RequirementRequest> listed = request.competenciesOrNone();
        for (int i = 0; i < listed.size(); i++) {
            String field = "$.competencies[" + i + "].competency";
            String code = listed.get(i).competency().strip();
            if (!seen.add(code)) {
                problems.add(new FieldProblem(field, "Năng lực «" + code + "» đã có ở phần tử trước"));
                continue;
            }
            Long id = lookup.competencyId(code, field, problems);
            if (id != null) {
                required.add(new RequiredCompetency(id, listed.get(i).requiredLevel()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return required;
    }

    private static Position toPosition(Long id, PositionRequest request, Set<RequiredCompetency> required) {
        return new Position(id, request.code().strip(), request.name().strip(), request.jobDescription(), required);
    }

    private void refuseDuplicate(String code) {
        if (positions.existsByCode(code)) {
            throw new ConflictException("Đã có vị trí việc làm mã «" + code + "»");
        }
    }

    private PositionView view(Position p) {
        return PositionView.of(p, lookup.competencyCodes(p.competencies().stream().map(RequiredCompetency::competencyId).toList()));
    }
}
