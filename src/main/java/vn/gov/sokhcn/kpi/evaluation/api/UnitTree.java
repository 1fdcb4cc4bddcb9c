package vn.gov.sokhcn.kpi.evaluation.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Unit;
import vn.gov.sokhcn.kpi.evaluation.facts.UnitFact;
import vn.gov.sokhcn.kpi.system.FieldProblem;

/**
 * The units of a request as a tree: each unit's chain of codes up to the root, and the agency it
 * belongs to (the nearest unit up the chain flagged as an agency; the root always is). Duplicate
 * codes, unknown parents and cycles are problems at their JSON paths.
 */
final class UnitTree {
    private final Map<String, Unit> units = new LinkedHashMap<>();
    private final Map<String, List<String>> chains = new HashMap<>();

    UnitTree(List<Unit> given, List<FieldProblem> problems) {
        for (int i = 0; i < given.size(); i++) {
            if (units.putIfAbsent(given.get(i).code(), given.get(i)) != null) {
                problems.add(new FieldProblem("$.units[" + i + "].code", "Mã đơn vị «" + given.get(i).code() + "» bị trùng"));
            }
        }
        for (int i = 0; i < given.size(); i++) {
            chains.put(given.get(i).code(), chainOf(given.get(i), "$.units[" + i + "].parent", problems));
        }
    }

    private List<String> chainOf(Unit unit, String parentPath, List<FieldProblem> problems) {
        List<String> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Unit current = unit;
        while (current != null) {
            if (!seen.add(current.code())) {
                problems.add(new FieldProblem(parentPath, "Đơn vị «" + unit.code() + "» nằm trong vòng lặp đơn vị cấp trên"));
                break;
            }
            chain.add(current.code());
            String parent = current.parent();
            if (parent == null || parent.isBlank()) {
                break;
            }
            current = units.get(parent);
            if (current == null) {
                problems.add(new FieldProblem(parentPath, "Không có đơn vị cấp trên «" + parent + "»"));
            }
        }
        return List.copyOf(chain);
    }

    boolean contains(String code) {
        return units.containsKey(code);
    }

    /** The unit's code and the codes of the units above it, nearest first. */
    List<String> chain(String code) {
        return chains.get(code);
    }

    String agencyOf(String code) {
        List<String> chain = chains.get(code);
        for (String c : chain) {
            if (Boolean.TRUE.equals(units.get(c).agency())) {
                return c;
            }
        }
        return chain.get(chain.size() - 1);
    }

    List<UnitFact> facts() {
        List<UnitFact> facts = new ArrayList<>();
        for (Unit u : units.values()) {
            facts.add(new UnitFact(u.code(), u.name(), u.parent(), Boolean.TRUE.equals(u.sanctioned()), agencyOf(u.code()),
                    chain(u.code()), u.rolledUp()));
        }
        return facts;
    }
}
