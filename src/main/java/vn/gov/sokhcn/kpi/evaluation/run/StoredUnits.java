package vn.gov.sokhcn.kpi.evaluation.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Unit;

/**
 * Every unit of the organisation as the evaluation sees it in a period: code, name, parent's code,
 * agency flag, and sanctioned when a sanction of the unit was decided from the first of January of
 * the period's year to the period's end (a decision counts in its year, never before it was made).
 */
@Component
class StoredUnits {
    private final JdbcClient jdbc;

    StoredUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The units in the order of the organisation (sort order, then code), with their ids by code. */
    Read read(StoredPeriod period) {
        Map<String, Long> ids = new LinkedHashMap<>();
        List<Unit> units = new ArrayList<>();
        jdbc.sql("""
                SELECT u.id, u.code, u.name, p.code AS parent_code, u.agency,
                       EXISTS (SELECT 1 FROM unit_sanctions s
                               WHERE s.unit_id = u.id AND s.decided_on BETWEEN :yearStart AND :periodEnd) AS sanctioned
                FROM units u LEFT JOIN units p ON p.id = u.parent_id
                ORDER BY u.sort_order, u.code
                """)
                .param("yearStart", period.yearStart())
                .param("periodEnd", period.end())
                .query(rs -> {
                    ids.put(rs.getString("code"), rs.getLong("id"));
                    units.add(new Unit(rs.getString("code"), rs.getString("name"), rs.getString("parent_code"),
                            rs.getBoolean("sanctioned"), rs.getBoolean("agency")));
                });
        return new Read(units, ids);
    }

    record Read(List<Unit> units, Map<String, Long> ids) {
    }
}
