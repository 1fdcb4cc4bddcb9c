package vn.gov.sokhcn.kpi.appraisal.publication;

import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.sokhcn.kpi.system.NotFoundException;

/** A cycle as the exports name it: its period and agency, and whether (when, by whom) it was published. */
record CycleHeader(long id, String period, String periodKind, long agencyId, String agency, String agencyName,
                   boolean published, String publishedBy, OffsetDateTime publishedAt) {

    /** «Tháng 2026-05», «Quý 2026-Q1», «Năm 2026». */
    String periodLabel() {
        return PeriodLabel.of(periodKind, period);
    }

    static CycleHeader load(JdbcClient jdbc, long cycleId) {
        return jdbc.sql("""
                SELECT c.id, p.code AS period, p.kind, u.id AS agency_id, u.code AS agency, u.name AS agency_name,
                       c.state, c.published_by, c.published_at
                FROM appraisal_cycles c JOIN periods p ON p.id = c.period_id JOIN units u ON u.id = c.agency_id
                WHERE c.id = ?
                """).param(cycleId)
                .query((rs, n) -> new CycleHeader(rs.getLong("id"), rs.getString("period"), rs.getString("kind"),
                        rs.getLong("agency_id"), rs.getString("agency"), rs.getString("agency_name"),
                        "PUBLISHED".equals(rs.getString("state")), rs.getString("published_by"),
                        rs.getObject("published_at", OffsetDateTime.class)))
                .optional().orElseThrow(() -> new NotFoundException("kỳ đánh giá, xếp loại", cycleId));
    }
}
