package vn.gov.sokhcn.kpi.console.shared;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The unit tree, in its sort order: for filters that take a unit with every unit below it. */
@Component
public class Units {
    private final JdbcClient jdbc;

    Units(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Unit(long id, String code, String name, Long parentId) {
    }

    public List<Unit> all() {
        return jdbc.sql("SELECT id, code, name, parent_id FROM units ORDER BY sort_order, code")
                .query((rs, n) -> new Unit(rs.getLong(1), rs.getString(2), rs.getString(3), (Long) rs.getObject(4, Long.class)))
                .list();
    }

    /** The codes of the unit and every unit below it (empty when the code is unknown). */
    public Set<String> withSubUnits(String code) {
        List<Unit> all = all();
        Set<String> out = new LinkedHashSet<>();
        Deque<Unit> todo = new ArrayDeque<>(all.stream().filter(u -> u.code().equals(code)).toList());
        while (!todo.isEmpty()) {
            Unit unit = todo.pop();
            if (out.add(unit.code())) {
                all.stream().filter(u -> Long.valueOf(unit.id()).equals(u.parentId())).forEach(todo::add);
            }
        }
        return out;
    }
}
