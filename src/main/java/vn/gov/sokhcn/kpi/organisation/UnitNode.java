package vn.gov.sokhcn.kpi.organisation;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** A unit with the units under it, in {@code sortOrder} then code order. */
record UnitNode(Long id, String code, String name, boolean agency, int sortOrder, List<UnitNode> children) {
    static final Comparator<Unit> ORDER = Comparator.comparingInt(Unit::sortOrder).thenComparing(Unit::code);

    /** The subtree of {@code root}; {@code childrenByParent} holds every unit's children by parent id. */
    static UnitNode of(Unit root, Map<Long, List<Unit>> childrenByParent) {
        List<UnitNode> children = childrenByParent.getOrDefault(root.id(), List.of()).stream()
                .sorted(ORDER)
                .map(child -> of(child, childrenByParent))
                .toList();
        return new UnitNode(root.id(), root.code(), root.name(), root.agency(), root.sortOrder(), children);
    }
}
