package vn.gov.sokhcn.kpi.kpi.indicator;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.kpi.Listing;
import vn.gov.sokhcn.kpi.kpi.Where;
import vn.gov.sokhcn.kpi.system.PageResponse;
import vn.gov.sokhcn.kpi.system.Paging;

/** Indicators as shown, with the codes of their objective (own or their CSF's), CSF and perspective. */
@Component
class IndicatorQuery {
    private static final String SELECT = """
            i.id, i.code, i.name, i.kind, i.polarity, i.unit_of_measure, i.frequency, i.data_source, i.owner_level,
            i.description, p.code AS perspective, o.code AS objective, c.code AS csf""";
    private static final String FROM = """
            FROM indicators i
            LEFT JOIN csfs c ON c.id = i.csf_id
            LEFT JOIN objectives o ON o.id = COALESCE(i.objective_id, c.objective_id)
            LEFT JOIN perspectives p ON p.id = o.perspective_id""";

    private final JdbcClient jdbc;

    IndicatorQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Filter(IndicatorKind kind, Long perspectiveId, Long objectiveId, OwnerLevel ownerLevel, String q) {
    }

    PageResponse<IndicatorView> page(Filter filter, Paging paging) {
        Where where = new Where()
                .and("i.kind = :kind", "kind", filter.kind() == null ? null : filter.kind().name())
                .and("p.id = :perspective", "perspective", filter.perspectiveId())
                .and("o.id = :objective", "objective", filter.objectiveId())
                .and("i.owner_level = :ownerLevel", "ownerLevel", filter.ownerLevel() == null ? null : filter.ownerLevel().name())
                .and("(LOWER(i.code) LIKE :q OR LOWER(i.name) LIKE :q)", "q",
                        filter.q() == null || filter.q().isBlank() ? null : "%" + filter.q().strip().toLowerCase() + "%");
        return Listing.page(jdbc, SELECT, FROM, where, "i.code", paging, (rs, n) -> view(rs));
    }

    Optional<IndicatorView> byCode(String code) {
        return Listing.all(jdbc, SELECT, FROM, new Where().and("i.code = :code", "code", code), "i.code", (rs, n) -> view(rs))
                .stream().findFirst();
    }

    private static IndicatorView view(ResultSet rs) throws SQLException {
        return new IndicatorView(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                IndicatorKind.valueOf(rs.getString("kind")), Polarity.valueOf(rs.getString("polarity")),
                rs.getString("unit_of_measure"), Frequency.valueOf(rs.getString("frequency")), rs.getString("data_source"),
                OwnerLevel.valueOf(rs.getString("owner_level")), rs.getString("perspective"), rs.getString("objective"),
                rs.getString("csf"), rs.getString("description"));
    }
}
