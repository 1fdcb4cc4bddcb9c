package vn.gov.sokhcn.kpi.demo;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The strategy map: perspectives, objectives with their cause → effect links, critical success
 * factors and indicators, from {@code demo/perspectives.csv}, {@code objectives.csv},
 * {@code objective-links.csv}, {@code csfs.csv} and {@code indicators.csv}.
 */
@Component
class StrategyDemo {
    private final JdbcTemplate jdbc;

    StrategyDemo(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void write() {
        insert("INSERT INTO perspectives (code, name, sort_order) VALUES (?, ?, ?)", DemoFiles.read("perspectives.csv")
                .stream().map(r -> new Object[] {r.text("code"), r.text("name"), Integer.parseInt(r.text("sort_order"))}).toList());
        insert("""
                INSERT INTO objectives (code, name, perspective_id, description)
                VALUES (?, ?, (SELECT id FROM perspectives WHERE code = ?), ?)""", DemoFiles.read("objectives.csv").stream()
                .map(r -> new Object[] {r.text("code"), r.text("name"), r.text("perspective"), r.optional("description")}).toList());
        insert("""
                INSERT INTO objective_links (objective_id, effect_id)
                VALUES ((SELECT id FROM objectives WHERE code = ?), (SELECT id FROM objectives WHERE code = ?))""",
                DemoFiles.read("objective-links.csv").stream().map(r -> new Object[] {r.text("cause"), r.text("effect")}).toList());
        insert("INSERT INTO csfs (code, name, objective_id) VALUES (?, ?, (SELECT id FROM objectives WHERE code = ?))",
                DemoFiles.read("csfs.csv").stream().map(r -> new Object[] {r.text("code"), r.text("name"), r.text("objective")}).toList());
        insert("""
                INSERT INTO indicators (code, name, kind, polarity, unit_of_measure, frequency, data_source, owner_level,
                                        objective_id, csf_id, description)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, (SELECT id FROM objectives WHERE code = ?), (SELECT id FROM csfs WHERE code = ?), ?)""",
                DemoFiles.read("indicators.csv").stream().map(r -> new Object[] {r.text("code"), r.text("name"), r.text("kind"),
                        r.text("polarity"), r.optional("unit_of_measure"), r.text("frequency"), r.optional("data_source"),
                        r.text("owner_level"), r.optional("objective"), r.optional("csf"), r.optional("description")}).toList());
    }

    private void insert(String sql, List<Object[]> rows) {
        DemoSql.batch(jdbc, sql, rows);
    }
}
