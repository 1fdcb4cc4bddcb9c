package vn.gov.sokhcn.kpi.kpi.strategy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.sokhcn.kpi.kpi.strategy.StrategyMap.CsfNode;
import vn.gov.sokhcn.kpi.kpi.strategy.StrategyMap.IndicatorLeaf;
import vn.gov.sokhcn.kpi.kpi.strategy.StrategyMap.Link;
import vn.gov.sokhcn.kpi.kpi.strategy.StrategyMap.ObjectiveNode;
import vn.gov.sokhcn.kpi.kpi.strategy.StrategyMap.PerspectiveNode;

/** Reads the map in five queries (one per table) and nests the rows. */
@Component
class StrategyMapQuery {
    private final JdbcClient jdbc;

    StrategyMapQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record IndicatorRow(IndicatorLeaf leaf, Long objectiveId, Long csfId) {
    }

    @Transactional(readOnly = true)
    StrategyMap read() {
        List<IndicatorRow> indicators = jdbc.sql("""
                SELECT id, code, name, kind, polarity, owner_level, objective_id, csf_id FROM indicators ORDER BY code""")
                .query((rs, n) -> new IndicatorRow(new IndicatorLeaf(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("kind"), rs.getString("polarity"), rs.getString("owner_level")),
                        (Long) rs.getObject("objective_id", Long.class), (Long) rs.getObject("csf_id", Long.class)))
                .list();
        Map<Long, List<CsfNode>> csfsByObjective = new LinkedHashMap<>();
        jdbc.sql("SELECT id, code, name, objective_id FROM csfs ORDER BY code").query(rs -> {
            long id = rs.getLong("id");
            csfsByObjective.computeIfAbsent(rs.getLong("objective_id"), k -> new ArrayList<>()).add(new CsfNode(id,
                    rs.getString("code"), rs.getString("name"),
                    indicators.stream().filter(i -> Long.valueOf(id).equals(i.csfId())).map(IndicatorRow::leaf).toList()));
        });
        Map<Long, List<ObjectiveNode>> objectivesByPerspective = new LinkedHashMap<>();
        jdbc.sql("SELECT id, code, name, description, perspective_id FROM objectives ORDER BY code").query(rs -> {
            long id = rs.getLong("id");
            objectivesByPerspective.computeIfAbsent(rs.getLong("perspective_id"), k -> new ArrayList<>()).add(new ObjectiveNode(
                    id, rs.getString("code"), rs.getString("name"), rs.getString("description"),
                    csfsByObjective.getOrDefault(id, List.of()),
                    indicators.stream().filter(i -> i.csfId() == null && Long.valueOf(id).equals(i.objectiveId()))
                            .map(IndicatorRow::leaf).toList()));
        });
        List<PerspectiveNode> perspectives = jdbc.sql("SELECT id, code, name, sort_order FROM perspectives ORDER BY sort_order, code")
                .query((rs, n) -> new PerspectiveNode(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getInt("sort_order"), objectivesByPerspective.getOrDefault(rs.getLong("id"), List.of())))
                .list();
        List<Link> links = jdbc.sql("""
                SELECT c.code AS cause, e.code AS effect
                FROM objective_links l
                JOIN objectives c ON c.id = l.objective_id
                JOIN objectives e ON e.id = l.effect_id
                ORDER BY c.code, e.code""")
                .query((rs, n) -> new Link(rs.getString("cause"), rs.getString("effect"))).list();
        List<IndicatorLeaf> unplaced = indicators.stream().filter(i -> i.csfId() == null && i.objectiveId() == null)
                .map(IndicatorRow::leaf).toList();
        return new StrategyMap(perspectives, links, unplaced);
    }
}
