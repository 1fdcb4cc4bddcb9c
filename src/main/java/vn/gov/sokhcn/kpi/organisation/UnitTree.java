package vn.gov.sokhcn.kpi.organisation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The stored units as a tree, read once for one request or transaction ({@link UnitTrees#load()}) and
 * walked in memory: the one place that knows what "below", "above" and "its agency" mean. Units keep
 * the organisation's order (sort order, then code) everywhere. Walks stop at a unit already seen, so a
 * cycle written around the API cannot loop.
 */
public final class UnitTree {
    private final Map<Long, Unit> byId = new LinkedHashMap<>();
    private final Map<Long, List<Unit>> children = new LinkedHashMap<>();

    /** {@code units} in the organisation's order. */
    public UnitTree(List<Unit> units) {
        units.forEach(u -> byId.put(u.id(), u));
        units.stream().filter(u -> u.parentId() != null)
                .forEach(u -> children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u));
    }

    public List<Unit> all() {
        return List.copyOf(byId.values());
    }

    public Set<Long> ids() {
        return byId.keySet();
    }

    public Optional<Unit> byId(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Unit> byCode(String code) {
        return byId.values().stream().filter(u -> u.code().equals(code)).findFirst();
    }

    /** These units in the tree's order (unknown ids left out). */
    public List<Unit> ordered(java.util.Collection<Long> ids) {
        return byId.values().stream().filter(u -> ids.contains(u.id())).toList();
    }

    /** The units without a parent (the Department), in order. */
    public List<Unit> roots() {
        return byId.values().stream().filter(u -> u.parentId() == null).toList();
    }

    /** The units directly below, in order. */
    public List<Unit> children(long id) {
        return children.getOrDefault(id, List.of());
    }

    /** The unit and every unit below it, each parent before its children (empty when unknown). */
    public Set<Long> withBelow(long id) {
        Set<Long> found = new LinkedHashSet<>();
        if (byId.containsKey(id)) {
            collect(id, found);
        }
        return found;
    }

    private void collect(long id, Set<Long> found) {
        if (found.add(id)) {
            children(id).forEach(child -> collect(child.id(), found));
        }
    }

    /** The codes of the unit and every unit below it (empty when the code is unknown). */
    public Set<String> codesWithBelow(String code) {
        Set<String> codes = new LinkedHashSet<>();
        byCode(code).ifPresent(u -> withBelow(u.id()).forEach(id -> codes.add(byId.get(id).code())));
        return codes;
    }

    /** The units above, nearest first, up to the root. */
    public List<Unit> ancestors(long id) {
        List<Unit> up = new ArrayList<>();
        Set<Long> seen = new HashSet<>(Set.of(id));
        Unit at = byId.get(id);
        while (at != null && at.parentId() != null && seen.add(at.parentId())) {
            at = byId.get(at.parentId());
            if (at != null) {
                up.add(at);
            }
        }
        return up;
    }

    /** 0 for a root, 1 for a unit directly below it, … */
    public int depth(long id) {
        return ancestors(id).size();
    }

    /** The nearest unit flagged as an agency, the unit itself included; empty when none is above it. */
    public Optional<Unit> agencyOf(long id) {
        Unit self = byId.get(id);
        if (self == null) {
            return Optional.empty();
        }
        if (self.agency()) {
            return Optional.of(self);
        }
        return ancestors(id).stream().filter(Unit::agency).findFirst();
    }
}
