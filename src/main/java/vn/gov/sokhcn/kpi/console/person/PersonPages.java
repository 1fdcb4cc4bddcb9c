package vn.gov.sokhcn.kpi.console.person;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.console.shared.Charts;
import vn.gov.sokhcn.kpi.console.shared.OfficialPeriods;
import vn.gov.sokhcn.kpi.console.shared.OfficialPeriods.OfficialPeriod;
import vn.gov.sokhcn.kpi.console.shared.PersonResult;
import vn.gov.sokhcn.kpi.console.shared.StoredResults;
import vn.gov.sokhcn.kpi.evaluation.Reason;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationResponse.AchievementResult;
import vn.gov.sokhcn.kpi.security.Scope;
import vn.gov.sokhcn.kpi.system.NotFoundException;

/** What a person's page shows, read from the stored official results the signed-in user may see. */
@Component
class PersonPages {
    private final JdbcClient jdbc;
    private final Scope scope;
    private final OfficialPeriods periods;
    private final StoredResults results;
    private final Charts charts;

    PersonPages(JdbcClient jdbc, Scope scope, OfficialPeriods periods, StoredResults results, Charts charts) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.periods = periods;
        this.results = results;
        this.charts = charts;
    }

    public record Person(long id, String code, String name, String unitCode, String unitName, long unitId) {
    }

    /** A period of the person; {@code result} is null for a member of staff while the period is not published. */
    public record PeriodRow(OfficialPeriod period, PersonResult result) {
        public boolean unpublished() {
            return result == null;
        }
    }

    public record Criteria(BigDecimal politics, BigDecimal ethics, BigDecimal style, BigDecimal discipline) {
    }

    public record AchievementRow(String indicator, String name, BigDecimal weight, BigDecimal achievement) {
    }

    public record ReasonRow(String message, String source, String href) {
    }

    /** The person, once the user is known to see them (else a 403 in Vietnamese); an unknown code is a 404. */
    Person person(String code) {
        Person person = jdbc.sql("""
                SELECT e.id, e.code, e.full_name, u.code, u.name, u.id FROM employees e JOIN units u ON u.id = e.unit_id
                WHERE e.code = ?
                """).param(code)
                .query((rs, n) -> new Person(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6)))
                .optional().orElseThrow(() -> new NotFoundException("cán bộ", code));
        scope.requireEmployee(person.id(), person.unitId(), "Bạn chỉ xem được kết quả của chính mình hoặc của cán bộ"
                + " thuộc đơn vị mình phụ trách; không xem được trang của «" + code + "».");
        return person;
    }

    /**
     * The person's visible result in each period with a completed run, the latest period first; for a member
     * of staff a period not yet published is listed without its result.
     */
    List<PeriodRow> periods(Person person) {
        List<PeriodRow> rows = new ArrayList<>();
        for (OfficialPeriod period : periods.all()) {
            Optional<PersonResult> shown = results.people(period.runId()).stream()
                    .filter(r -> r.code().equals(person.code())).findFirst();
            if (shown.isPresent()) {
                rows.add(new PeriodRow(period, shown.get()));
            } else if (results.unpublishedOwn(period.runId())) {
                rows.add(new PeriodRow(period, null));
            }
        }
        return rows;
    }

    Optional<Criteria> criteria(Person person, String period) {
        return jdbc.sql("""
                SELECT g.politics, g.ethics, g.style, g.discipline FROM general_criteria g JOIN periods p ON p.id = g.period_id
                WHERE g.employee_id = ? AND p.code = ?
                """).params(person.id(), period)
                .query((rs, n) -> new Criteria(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4)))
                .optional();
    }

    List<AchievementRow> achievements(PersonResult result) {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("SELECT code, name FROM indicators").query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list().forEach(e -> names.put(e.getKey(), e.getValue()));
        return result.achievements().stream().map(a -> new AchievementRow(a.indicator(),
                names.getOrDefault(a.indicator(), ""), a.weight(), a.achievement())).toList();
    }

    /** A bar per assignment: its achievement in %. */
    String chart(PersonResult result) {
        List<AchievementResult> items = result.achievements();
        if (items.isEmpty()) {
            return null;
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("grid", Map.of("left", 8, "right", 24, "top", 32, "bottom", 8, "containLabel", true));
        option.put("xAxis", Map.of("type", "category", "data", items.stream().map(AchievementResult::indicator).toList(),
                "axisLabel", Map.of("interval", 0, "rotate", items.size() > 6 ? 30 : 0)));
        option.put("yAxis", Map.of("type", "value", "name", "Mức đạt (%)"));
        option.put("series", List.of(Map.of("name", "Mức đạt", "type", "bar",
                "data", items.stream().map(AchievementResult::achievement).toList(),
                "itemStyle", Map.of("color", "#0b6e4f"), "label", Map.of("show", true, "position", "top"))));
        return charts.json(option);
    }

    /** Each reason with the link to where it is written in the rule set version the run used. */
    List<ReasonRow> reasons(PeriodRow row) {
        Integer version = row.period().ruleSetVersion();
        return row.result().reasons().stream().map((Reason r) -> new ReasonRow(r.message(), r.source(),
                r.source() == null || version == null ? null
                        : "/rules/" + version + "/source?ref=" + URLEncoder.encode(r.source(), StandardCharsets.UTF_8)))
                .toList();
    }
}
