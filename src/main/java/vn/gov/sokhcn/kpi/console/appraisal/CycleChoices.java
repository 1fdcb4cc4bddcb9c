package vn.gov.sokhcn.kpi.console.appraisal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.appraisal.AppraisalStep;
import vn.gov.sokhcn.kpi.console.shared.OfficialPeriods;

/**
 * What the cycles page offers: periods with a completed official run and the agencies for HR's form, and the
 * signed-in person's own appraisal in each cycle, for a link straight to it.
 */
@Component
class CycleChoices {
    /** The steps in the order of the procedure, with their labels, for the tables and the chart. */
    static final List<AppraisalStep> STEPS = Arrays.asList(AppraisalStep.values());

    private final OfficialPeriods periods;
    private final JdbcClient jdbc;

    CycleChoices(OfficialPeriods periods, JdbcClient jdbc) {
        this.periods = periods;
        this.jdbc = jdbc;
    }

    record Choice(String code, String label) {
    }

    List<Choice> periods() {
        return periods.all().stream().map(p -> new Choice(p.code(), p.label())).toList();
    }

    /** Per cycle id, the appraisal of {@code employee} in it. */
    Map<Long, Long> ownAppraisals(Optional<Long> employee) {
        Map<Long, Long> own = new HashMap<>();
        employee.ifPresent(e -> jdbc.sql("SELECT cycle_id, id FROM appraisals WHERE employee_id = ?").param(e)
                .query((rs, n) -> own.put(rs.getLong(1), rs.getLong(2))).list());
        return own;
    }

    List<Choice> agencies() {
        return jdbc.sql("SELECT code, name FROM units WHERE agency = TRUE ORDER BY sort_order, code")
                .query((rs, n) -> new Choice(rs.getString(1), rs.getString(2) + " (" + rs.getString(1) + ")")).list();
    }
}
