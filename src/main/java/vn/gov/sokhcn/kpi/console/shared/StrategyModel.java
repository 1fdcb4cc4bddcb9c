package vn.gov.sokhcn.kpi.console.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The strategy map as stored: perspectives in order, their objectives, each objective's indicators, cause→effect links. */
@Component
public class StrategyModel {
    private final JdbcClient jdbc;

    StrategyModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Snapshot(List<Perspective> perspectives, List<Link> links) {
    }

    public record Perspective(String code, String name, List<Objective> objectives) {
        public List<Indicator> indicators() {
            return objectives.stream().flatMap(o -> o.indicators().stream()).toList();
        }
    }

    public record Objective(String code, String name, String perspective, List<Indicator> indicators) {
    }

    public record Indicator(String code, String name, String kind) {
    }

    public record Link(String cause, String effect) {
    }

    public Snapshot read() {
        Map<String, Perspective> perspectives = new LinkedHashMap<>();
        jdbc.sql("SELECT code, name FROM perspectives ORDER BY sort_order, code")
                .query((rs, n) -> new Perspective(rs.getString(1), rs.getString(2), new ArrayList<>())).list()
                .forEach(p -> perspectives.put(p.code(), p));
        Map<String, Objective> objectives = new LinkedHashMap<>();
        jdbc.sql("SELECT o.code, o.name, p.code FROM objectives o JOIN perspectives p ON p.id = o.perspective_id ORDER BY o.code")
                .query((rs, n) -> new Objective(rs.getString(1), rs.getString(2), rs.getString(3), new ArrayList<>())).list()
                .forEach(o -> {
                    objectives.put(o.code(), o);
                    perspectives.get(o.perspective()).objectives().add(o);
                });
        jdbc.sql("""
                SELECT i.code, i.name, i.kind, o.code FROM indicators i
                JOIN objectives o ON o.id = COALESCE(i.objective_id, (SELECT c.objective_id FROM csfs c WHERE c.id = i.csf_id))
                ORDER BY i.code
                """)
                .query((rs, n) -> Map.entry(rs.getString(4), new Indicator(rs.getString(1), rs.getString(2), rs.getString(3))))
                .list().forEach(e -> objectives.get(e.getKey()).indicators().add(e.getValue()));
        List<Link> links = jdbc.sql("""
                SELECT c.code, e.code FROM objective_links l JOIN objectives c ON c.id = l.objective_id
                JOIN objectives e ON e.id = l.effect_id ORDER BY c.code, e.code
                """).query((rs, n) -> new Link(rs.getString(1), rs.getString(2))).list();
        return new Snapshot(List.copyOf(perspectives.values()), links);
    }
}
