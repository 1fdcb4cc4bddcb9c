package vn.gov.sokhcn.kpi.trial;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The table {@code trials}: a row per trial with its comparison as JSON, exactly as the API returned it. */
@Repository
class TrialStore {
    private final JdbcClient jdbc;

    TrialStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(int candidate, int active, List<String> periods, String createdBy, OffsetDateTime createdAt,
                int people, int up, int down) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO trials (candidate_version, active_version, periods, created_by, created_at, people_count,
                                    moved_up, moved_down, comparison_json)
                VALUES (:candidate, :active, :periods, :by, :at, :people, :up, :down, '{}')""")
                .param("candidate", candidate).param("active", active).param("periods", String.join(",", periods))
                .param("by", createdBy).param("at", createdAt).param("people", people).param("up", up).param("down", down)
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    void json(long id, String json) {
        jdbc.sql("UPDATE trials SET comparison_json = :json WHERE id = :id").param("json", json).param("id", id).update();
    }

    Optional<String> json(long id) {
        return jdbc.sql("SELECT comparison_json FROM trials WHERE id = :id").param("id", id).query(String.class).optional();
    }

    List<TrialSummary> all() {
        return jdbc.sql("""
                SELECT id, candidate_version, active_version, periods, created_by, created_at, people_count, moved_up, moved_down
                FROM trials ORDER BY created_at DESC, id DESC""")
                .query((rs, n) -> new TrialSummary(rs.getLong(1), rs.getInt(2), rs.getInt(3), List.of(rs.getString(4).split(",")),
                        rs.getString(5), rs.getObject(6, OffsetDateTime.class), rs.getInt(7), rs.getInt(8), rs.getInt(9)))
                .list();
    }
}
