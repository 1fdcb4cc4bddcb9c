package vn.gov.sokhcn.kpi.appraisal.publication;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.evaluation.facts.Rating;
import vn.gov.sokhcn.kpi.security.Role;
import vn.gov.sokhcn.kpi.security.ScopeDeniedException;
import vn.gov.sokhcn.kpi.system.ConflictException;

/**
 * The published list of a cycle: everyone appraised, with their unit and decided rating, never the
 * reasons or scores of others. Everyone of the agency (and HR, experts, administrators) reads it once
 * published; before that it is a conflict, except for HR and administrators, who read a preview.
 */
@Component
class PublishedList {
    private final JdbcClient jdbc;
    private final Viewers viewers;

    PublishedList(JdbcClient jdbc, Viewers viewers) {
        this.jdbc = jdbc;
        this.viewers = viewers;
    }

    record Row(String code, String name, String unit, String unitName, String rating, String ratingLabel) {
    }

    record View(long cycle, String period, String periodLabel, String agency, String agencyName, boolean published,
                String publishedBy, OffsetDateTime publishedAt, List<Row> items) {
    }

    View of(long cycleId) {
        CycleHeader cycle = CycleHeader.load(jdbc, cycleId);
        Viewers.Viewer viewer = viewers.current();
        boolean wholeDepartment = viewer.hr() || viewer.role() == Role.EXPERT;
        if (!wholeDepartment && (viewer.agencyId() == null || viewer.agencyId() != cycle.agencyId())) {
            throw new ScopeDeniedException("Bạn chỉ xem được danh sách xếp loại của cơ quan, đơn vị mình; không xem được"
                    + " danh sách của «" + cycle.agency() + "».");
        }
        if (!cycle.published() && !viewer.hr()) {
            throw new ConflictException("Danh sách xếp loại " + cycle.periodLabel() + " của «" + cycle.agencyName()
                    + "» chưa được công bố.");
        }
        List<Row> rows = jdbc.sql("""
                SELECT e.code, e.full_name, u.code AS unit, u.name AS unit_name, ld.rating
                FROM appraisals a JOIN employees e ON e.id = a.employee_id JOIN units u ON u.id = a.unit_id
                LEFT JOIN latest_decisions ld ON ld.appraisal_id = a.id
                WHERE a.cycle_id = ? ORDER BY u.sort_order, u.code, e.code
                """).param(cycleId)
                .query((rs, n) -> {
                    String rating = rs.getString("rating");
                    return new Row(rs.getString("code"), rs.getString("full_name"), rs.getString("unit"),
                            rs.getString("unit_name"), rating, rating == null ? null : Rating.valueOf(rating).label());
                })
                .list();
        return new View(cycle.id(), cycle.period(), cycle.periodLabel(), cycle.agency(), cycle.agencyName(),
                cycle.published(), cycle.publishedBy(), cycle.publishedAt(), rows);
    }
}
