package vn.gov.sokhcn.kpi.organisation;

import java.util.Comparator;
import java.util.List;

/** A unit with the units under it, in {@code sortOrder} then code order. */
record UnitNode(Long id, String code, String name, boolean agency, int sortOrder, List<UnitNode> children) {
    static final Comparator<Unit> ORDER = Comparator.comparingInt(Unit::sortOrder).thenComparing(Unit::code);

    /** The subtree of {@code root} in the tree. */
    static UnitNode of(Unit root, UnitTree tree) {
        List<UnitNode> children = tree.children(root.id()).stream()
                .sorted(ORDER)
                .map(child -> of(child, tree))
                .toList();
        return new UnitNode(root.id(), root.code(), root.name(), root.agency(), root.sortOrder(), children);
    }
}
