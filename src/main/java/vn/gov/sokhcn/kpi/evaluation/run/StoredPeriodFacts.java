package vn.gov.sokhcn.kpi.evaluation.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Period;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.PeriodKind;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.QuotaExemption;
import vn.gov.sokhcn.kpi.system.NotFoundException;

/**
 * Reads a stored period into the facts document of an evaluation ({@link EvaluationRequest}): the
 * period, every unit, the people employed in it, the assignments with their measurements, and the
 * approved quota exemptions. Problems of the stored data (a person without general-criteria points,
 * an assignment of someone not employed in the period) are gathered and refused together
 * ({@link RunInputsException}); the evaluation's own checks then run on the request as usual.
 */
@Component
public class StoredPeriodFacts {
    private final JdbcClient jdbc;
    private final StoredUnits units;
    private final StoredEmployees employees;
    private final StoredAssignments assignments;

    StoredPeriodFacts(JdbcClient jdbc, StoredUnits units, StoredEmployees employees, StoredAssignments assignments) {
        this.jdbc = jdbc;
        this.units = units;
        this.employees = employees;
        this.assignments = assignments;
    }

    /** The stored period with this code, or 404. */
    public StoredPeriod period(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("kỳ đánh giá", code));
    }

    public Optional<StoredPeriod> find(String code) {
        return jdbc.sql("SELECT id, code, kind, start_date, end_date, pilot FROM periods WHERE code = :code")
                .param("code", code)
                .query((rs, n) -> new StoredPeriod(rs.getLong("id"), rs.getString("code"),
                        PeriodKind.valueOf(rs.getString("kind")), rs.getObject("start_date", java.time.LocalDate.class),
                        rs.getObject("end_date", java.time.LocalDate.class), rs.getBoolean("pilot")))
                .optional();
    }

    /** The period's stored data as it is evaluated, its time worked in months of the period ({@link TimeWorked}). */
    public PeriodInputs read(StoredPeriod period) {
        List<RunInputProblem> problems = new ArrayList<>();
        StoredUnits.Read unitsRead = units.read(period);
        StoredEmployees.Read people = employees.read(period, months(period.kind()), problems);
        var given = assignments.read(period, people.ids().keySet(), problems);
        if (!problems.isEmpty()) {
            throw new RunInputsException(period.code(), problems);
        }
        EvaluationRequest request = new EvaluationRequest(
                new Period(period.code(), period.kind(), period.start(), period.end()),
                unitsRead.units(), people.employees(), given, exemptions(period));
        return new PeriodInputs(period, request, people.ids(), unitsRead.ids());
    }

    /**
     * The period's units, people and exemptions without the assignments, which a run reads a group of
     * agencies at a time ({@link #assignments}); the stored data's problems are added to {@code problems}.
     */
    PeriodInputs readWithoutAssignments(StoredPeriod period, List<RunInputProblem> problems) {
        StoredUnits.Read unitsRead = units.read(period);
        StoredEmployees.Read people = employees.read(period, months(period.kind()), problems);
        EvaluationRequest request = new EvaluationRequest(
                new Period(period.code(), period.kind(), period.start(), period.end()),
                unitsRead.units(), people.employees(), List.of(), exemptions(period));
        return new PeriodInputs(period, request, people.ids(), unitsRead.ids());
    }

    /** The assignments of the holders in these units, in the order of {@link #read}; problems added to {@code problems}. */
    List<EvaluationRequest.Assignment> assignments(StoredPeriod period, java.util.Set<String> employeesOfPeriod,
                                                   java.util.Collection<Long> unitIds, List<RunInputProblem> problems) {
        return assignments.read(period, employeesOfPeriod, unitIds, problems);
    }

    /** The length of a period of this kind in months, as the rules count it. */
    static double months(PeriodKind kind) {
        return switch (kind) {
            case MONTH -> 1;
            case QUARTER -> 3;
            case YEAR -> 12;
        };
    }

    List<QuotaExemption> exemptions(StoredPeriod period) {
        return jdbc.sql("""
                SELECT u.code, x.approved_by, x.note FROM quota_exemptions x JOIN units u ON u.id = x.unit_id
                WHERE x.period_id = :periodId ORDER BY u.code
                """)
                .param("periodId", period.id())
                .query((rs, n) -> new QuotaExemption(rs.getString("code"), rs.getString("approved_by"), rs.getString("note")))
                .list();
    }
}
