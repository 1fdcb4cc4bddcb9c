package vn.gov.sokhcn.kpi.report;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The trials run during the range (created from its first day to its last, inclusive, in the server's time zone), oldest first, read from table {@code trials}. */
@Component
public class TrialRows {
    private final JdbcClient jdbc;

    TrialRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Trial(long id, int candidate, int active, List<String> periods, String createdBy, OffsetDateTime createdAt,
                 int peopleCount, int movedUp, int movedDown) {
    }

    List<Trial> of(ReportRange range) {
        return jdbc.sql("""
                SELECT id, candidate_version, active_version, periods, created_by, created_at, people_count, moved_up, moved_down
                FROM trials WHERE created_at >= :start AND created_at < :after ORDER BY created_at, id""")
                .param("start", range.start().atStartOfDay(ZoneId.systemDefault()).toOffsetDateTime())
                .param("after", range.end().plusDays(1).atStartOfDay(ZoneId.systemDefault()).toOffsetDateTime())
                .query((rs, n) -> new Trial(rs.getLong(1), rs.getInt(2), rs.getInt(3),
                        Arrays.stream(rs.getString(4).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList(),
                        rs.getString(5), rs.getObject(6, OffsetDateTime.class), rs.getInt(7), rs.getInt(8), rs.getInt(9)))
                .list();
    }
}
