package vn.gov.sokhcn.kpi.outcome.bonus;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.organisation.Unit;
import vn.gov.sokhcn.kpi.organisation.UnitTree;
import vn.gov.sokhcn.kpi.organisation.UnitTrees;
import vn.gov.sokhcn.kpi.system.ConflictException;
import vn.gov.sokhcn.kpi.system.NotFoundException;

/** The agencies (units with agency = true) and which agency each unit belongs to: its nearest agency, itself included. */
@Component
class Agencies {
    private final UnitTrees trees;

    Agencies(UnitTrees trees) {
        this.trees = trees;
    }

    record Agency(long id, String code, String name) {
    }

    Agency byCode(String code) {
        Unit unit = trees.load().byCode(code).orElseThrow(() -> new NotFoundException("cơ quan", code));
        if (!unit.agency()) {
            throw new ConflictException("Đơn vị «" + code + "» không phải là cơ quan (agency) nên không có quỹ thưởng riêng.");
        }
        return new Agency(unit.id(), unit.code(), unit.name());
    }

    /** The ids of the units whose nearest agency is this one. */
    List<Long> unitsOf(Agency agency) {
        UnitTree tree = trees.load();
        return tree.all().stream()
                .filter(u -> tree.agencyOf(u.id()).map(a -> a.id() == agency.id()).orElse(false))
                .map(Unit::id).toList();
    }
}
