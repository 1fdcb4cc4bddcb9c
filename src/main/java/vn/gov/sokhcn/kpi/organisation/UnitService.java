package vn.gov.sokhcn.kpi.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

/** Units and the unit tree: no duplicate codes, no unit under itself, no delete while anything refers to it. */
@Service
@Transactional
class UnitService {
    private static final Sort ORDER = Sort.by("sortOrder", "code");

    private final UnitRepository units;
    private final Lookup lookup;
    private final Listing listing;
    private final References references;
    private final UnitTrees trees;

    UnitService(UnitRepository units, Lookup lookup, Listing listing, References references, UnitTrees trees) {
        this.units = units;
        this.lookup = lookup;
        this.listing = listing;
        this.references = references;
        this.trees = trees;
    }

    @Transactional(readOnly = true)
    PageResponse<UnitView> list(String parent, String q, Integer page, Integer size) {
        List<FieldProblem> problems = new ArrayList<>();
        List<Criteria> filters = new ArrayList<>();
        if (Listing.given(parent)) {
            Listing.whereIs(filters, "parentId", lookup.unitId(parent, "parent", problems));
        }
        if (Listing.given(q)) {
            filters.add(Listing.codeOrNameContains("name", q));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        Page<Unit> found = listing.page(Unit.class, filters, Paging.of(page, size).request(ORDER));
        Map<Long, String> parents = lookup.unitCodes(found.map(Unit::parentId).toList());
        return PageResponse.of(found, u -> UnitView.of(u, parents.get(u.parentId())));
    }

    @Transactional(readOnly = true)
    UnitView get(String code) {
        return view(lookup.unit(code));
    }

    @Transactional(readOnly = true)
    UnitNode tree(String code) {
        Unit root = lookup.unit(code);
        return UnitNode.of(root, trees.load());
    }

    UnitView create(UnitRequest request) {
        Long parentId = parentId(request, null);
        if (units.existsByCode(request.code().strip())) {
            throw duplicate(request.code());
        }
        return view(units.save(request.toUnit(null, parentId)));
    }

    UnitView update(String code, UnitRequest request) {
        Unit existing = lookup.unit(code);
        Long parentId = parentId(request, existing);
        if (!existing.code().equals(request.code().strip()) && units.existsByCode(request.code().strip())) {
            throw duplicate(request.code());
        }
        return view(units.save(request.toUnit(existing.id(), parentId)));
    }

    void delete(String code) {
        Unit unit = lookup.unit(code);
        references.refuseDeleteIfReferenced("đơn vị", code, unit.id(), References.TO_UNIT);
        units.delete(unit);
    }

    /** The parent's id, refusing an unknown parent and a parent that is the unit itself or under it. */
    private Long parentId(UnitRequest request, Unit existing) {
        if (!Listing.given(request.parent())) {
            return null;
        }
        List<FieldProblem> problems = new ArrayList<>();
        Long parentId = lookup.unitId(request.parent().strip(), "$.parent", problems);
        if (parentId != null && existing != null && trees.load().withBelow(existing.id()).contains(parentId)) {
            problems.add(new FieldProblem("$.parent", "Không thể đặt đơn vị «" + existing.code() + "» trực thuộc «"
                    + request.parent().strip() + "»: đó là chính nó hoặc một đơn vị cấp dưới của nó"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return parentId;
    }

    private UnitView view(Unit unit) {
        String parent = unit.parentId() == null ? null : units.findById(unit.parentId()).map(Unit::code).orElse(null);
        return UnitView.of(unit, parent);
    }

    private static ConflictException duplicate(String code) {
        return new ConflictException("Đã có đơn vị mã «" + code.strip() + "»");
    }
}
