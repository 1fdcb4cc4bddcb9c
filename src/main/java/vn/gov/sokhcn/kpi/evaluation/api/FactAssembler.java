package vn.gov.sokhcn.kpi.evaluation.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.util.CollectionUtils;
import vn.gov.sokhcn.kpi.evaluation.Facts;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Assignment;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Employee;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Polarity;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Unit;
import vn.gov.sokhcn.kpi.evaluation.facts.AssignmentFact;
import vn.gov.sokhcn.kpi.evaluation.facts.EmployeeFact;
import vn.gov.sokhcn.kpi.evaluation.facts.PeriodFact;
import vn.gov.sokhcn.kpi.evaluation.facts.QuotaExemption;
import vn.gov.sokhcn.kpi.evaluation.facts.TaskCounts;
import vn.gov.sokhcn.kpi.evaluation.policy.Numbers;
import vn.gov.sokhcn.kpi.organisation.Leadership;
import vn.gov.sokhcn.kpi.system.FieldProblem;
import vn.gov.sokhcn.kpi.system.InvalidRequestException;

/**
 * Turns a request into facts, refusing what is inconsistent (unknown or duplicate references,
 * missing values a polarity needs, counts that contradict each other) with every problem at its
 * JSON path. Fills what the request may leave out: leadership NONE, the task group by staff type,
 * no leave, and as time worked the period less the leave (for a person rolled up from monthly scores:
 * the months their list covers), so that the leave rows of the time table also bind when only the
 * leave is given; time worked and leave given together may not exceed the period. Monthly scores and
 * results of a quarter or year are checked by {@link RollUpInputs}; the own assignments of a
 * rolled-up person or unit are checked but not scored. A request that skipped Bean Validation (built
 * in process, not posted) is checked against its constraints first, so that no null or infinite
 * number gets further.
 */
@Component
public class FactAssembler {
    /** Scores are computed to 9 decimals ({@link Numbers#clean}): a smaller target is 0 in effect, and a ratio to it overflows. */
    private static final double SMALLEST_TARGET = 1e-9;

    public Facts assemble(EvaluationRequest request) {
        List<FieldProblem> broken = RequestConstraints.broken(request);
        if (!broken.isEmpty()) {
            throw new InvalidRequestException(broken);
        }
        List<FieldProblem> problems = new ArrayList<>();
        var period = request.period();
        if (period.end().isBefore(period.start())) {
            problems.add(new FieldProblem("$.period.end", "Ngày kết thúc phải sau ngày bắt đầu"));
        }
        double months = switch (period.kind()) {
            case MONTH -> 1;
            case QUARTER -> 3;
            case YEAR -> 12;
        };
        PeriodFact periodFact = new PeriodFact(period.code(), period.kind().name(), period.start().toString(),
                period.end().toString(), months);

        UnitTree units = new UnitTree(request.units(), problems);
        RollUpInputs rollUps = new RollUpInputs(period, problems);
        for (int i = 0; i < request.units().size(); i++) {
            if (request.units().get(i).rolledUp()) {
                rollUps.unit(request.units().get(i), "$.units[" + i + "]");
            }
        }

        // Sized up front: a large request has 10,000 people and 100,000 assignments.
        Map<String, String> pathOfEmployee = CollectionUtils.newHashMap(request.employees().size());
        List<EmployeeFact> employees = new ArrayList<>(request.employees().size());
        for (int i = 0; i < request.employees().size(); i++) {
            Employee e = request.employees().get(i);
            String path = "$.employees[" + i + "]";
            if (pathOfEmployee.putIfAbsent(e.id(), path) != null) {
                problems.add(new FieldProblem(path + ".id", "Mã cán bộ «" + e.id() + "» bị trùng"));
                continue;
            }
            if (!units.contains(e.unit())) {
                problems.add(new FieldProblem(path + ".unit", "Không có đơn vị «" + e.unit() + "» trong danh sách đơn vị"));
                continue;
            }
            worked(e.monthsWorked(), months, path + ".monthsWorked", problems);
            worked(e.leaveMonths(), months, path + ".leaveMonths", problems);
            timeWithinPeriod(e, months, path, problems);
            double leave = Objects.requireNonNullElse(e.leaveMonths(), 0.0);
            double monthsWorked = e.rolledUp() ? rollUps.person(e, path) : Math.max(0, Numbers.clean(months - leave));
            employees.add(employeeFact(e, units.chain(e.unit()), units.agencyOf(e.unit()), monthsWorked));
        }

        // A holder rolled up from monthly results: its own assignments are checked but not scored.
        Set<String> rolledUpUnits = new HashSet<>();
        request.units().stream().filter(Unit::rolledUp).forEach(u -> rolledUpUnits.add(u.code()));
        Set<String> rolledUpEmployees = new HashSet<>();
        employees.stream().filter(EmployeeFact::rolledUp).forEach(e -> rolledUpEmployees.add(e.id()));
        List<Assignment> given = request.assignments() == null ? List.of() : request.assignments();
        Map<String, String> pathOfAssignment = CollectionUtils.newHashMap(given.size());
        List<AssignmentFact> assignments = new ArrayList<>(given.size());
        for (int i = 0; i < given.size(); i++) {
            String path = "$.assignments[" + i + "]";
            Assignment a = given.get(i);
            boolean isEmployee = pathOfEmployee.containsKey(a.holder());
            boolean isUnit = units.contains(a.holder());
            if (isEmployee == isUnit) {
                problems.add(new FieldProblem(path + ".holder", isEmployee
                        ? "«" + a.holder() + "» vừa là mã cán bộ vừa là mã đơn vị; hãy dùng mã khác nhau"
                        : "Không có cán bộ hay đơn vị nào mã «" + a.holder() + "»"));
                continue;
            }
            if (checkAssignment(a, path, problems) && !(isUnit ? rolledUpUnits : rolledUpEmployees).contains(a.holder())) {
                String key = "A" + i;
                pathOfAssignment.put(key, path);
                assignments.add(assignmentFact(key, a, isUnit));
            }
        }

        List<QuotaExemption> exemptions = new ArrayList<>();
        List<EvaluationRequest.QuotaExemption> givenExemptions =
                request.quotaExemptions() == null ? List.of() : request.quotaExemptions();
        for (int i = 0; i < givenExemptions.size(); i++) {
            var x = givenExemptions.get(i);
            if (!units.contains(x.agency())) {
                problems.add(new FieldProblem("$.quotaExemptions[" + i + "].agency", "Không có cơ quan «" + x.agency() + "»"));
            }
            exemptions.add(new QuotaExemption(x.agency(), x.approvedBy(), x.note()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new Facts(periodFact, units.facts(), employees, assignments, exemptions, pathOfEmployee, pathOfAssignment,
                rollUps.monthlyScores, rollUps.unitMonths);
    }

    private static void worked(Double value, double months, String path, List<FieldProblem> problems) {
        if (value != null && value > months) {
            problems.add(new FieldProblem(path, "Không được vượt độ dài của kỳ (" + Numbers.vi(months) + " tháng)"));
        }
    }

    /** Worked and on leave are parts of the period: together they cannot be longer than it. */
    private static void timeWithinPeriod(Employee e, double months, String path, List<FieldProblem> problems) {
        if (e.monthsWorked() == null || e.leaveMonths() == null || e.monthsWorked() > months || e.leaveMonths() > months
                || Numbers.clean(e.monthsWorked() + e.leaveMonths()) <= months) {
            return;
        }
        String message = "Thời gian làm việc (" + Numbers.vi(e.monthsWorked()) + " tháng) cộng thời gian nghỉ ("
                + Numbers.vi(e.leaveMonths()) + " tháng) vượt độ dài của kỳ (" + Numbers.vi(months) + " tháng)";
        problems.add(new FieldProblem(path + ".monthsWorked", message));
        problems.add(new FieldProblem(path + ".leaveMonths", message));
    }

    /** {@code months}: the time worked unless the request says; a roll-up's general criteria are not read. */
    private static EmployeeFact employeeFact(Employee e, List<String> chain, String agency, double months) {
        Leadership leadership = e.leadership() == null ? Leadership.NONE : e.leadership();
        var g = e.rolledUp() ? new EvaluationRequest.GeneralCriteria(0.0, 0.0, 0.0, 0.0) : e.generalCriteria();
        return EmployeeFact.builder().id(e.id()).name(e.name()).unit(e.unit())
                .staffType(e.staffType().name()).leadership(leadership.name()).rank(leadership.ordinal())
                .agency(agency).taskGroup(e.taskGroup() == null || e.taskGroup().isBlank() ? e.staffType().name() : e.taskGroup())
                .unitAncestry(chain)
                .politics(g.politics()).ethics(g.ethics()).style(g.style()).discipline(g.discipline())
                .disciplined(Boolean.TRUE.equals(e.disciplined())).degradation(Boolean.TRUE.equals(e.degradation()))
                .monthsWorked(Objects.requireNonNullElse(e.monthsWorked(), months))
                .leaveMonths(Objects.requireNonNullElse(e.leaveMonths(), 0.0))
                .maternityLeave(Boolean.TRUE.equals(e.maternityLeave())).rolledUp(e.rolledUp())
                .build();
    }

    private static boolean checkAssignment(Assignment a, String path, List<FieldProblem> problems) {
        int before = problems.size();
        if (a.indicator().polarity() == Polarity.TASKS) {
            var t = a.tasks();
            if (t == null) {
                problems.add(new FieldProblem(path + ".tasks", "Chỉ số đếm sản phẩm (TASKS) cần số liệu sản phẩm"));
                return false;
            }
            if (t.done() > t.assigned()) {
                problems.add(new FieldProblem(path + ".tasks.done", "Số hoàn thành không được lớn hơn số được giao"));
            }
            if (t.atQuality() > t.done()) {
                problems.add(new FieldProblem(path + ".tasks.atQuality", "Số đạt chất lượng không được lớn hơn số hoàn thành"));
            }
            if (t.onTime() + Objects.requireNonNullElse(t.late(), 0.0) > t.done()) {
                problems.add(new FieldProblem(path + ".tasks.onTime", "Số đúng hạn cộng số chậm không được lớn hơn số hoàn thành"));
            }
            if (Objects.requireNonNullElse(t.failedMajorError(), 0.0) > t.atQuality()) {
                problems.add(new FieldProblem(path + ".tasks.failedMajorError", "Số bị trả lại do sai sót lớn không được lớn hơn số đạt chất lượng"));
            }
            return problems.size() == before;
        }
        if (a.target() == null && a.indicator().polarity() != Polarity.BINARY) {
            problems.add(new FieldProblem(path + ".target", "Thiếu mục tiêu"));
        } else if (a.target() != null && a.target() > 0 && a.target() < SMALLEST_TARGET) {
            problems.add(new FieldProblem(path + ".target",
                    "Mục tiêu khác 0 phải từ 0,000000001 trở lên (điểm được tính tới 9 chữ số thập phân)"));
        }
        if (a.actual() == null) {
            problems.add(new FieldProblem(path + ".actual", "Thiếu giá trị thực hiện"));
        } else if (a.indicator().polarity() == Polarity.BINARY && a.actual() != 0 && a.actual() != 1) {
            problems.add(new FieldProblem(path + ".actual", "Chỉ số có/không (BINARY) chỉ nhận 1 (hoàn thành) hoặc 0"));
        }
        return problems.size() == before;
    }

    private static AssignmentFact assignmentFact(String key, Assignment a, boolean isUnit) {
        var t = a.tasks();
        TaskCounts counts = t == null ? null : new TaskCounts(t.assigned(), t.done(), t.atQuality(), t.onTime(),
                Objects.requireNonNullElse(t.late(), 0.0), Objects.requireNonNullElse(t.failedMajorError(), 0.0), Boolean.TRUE.equals(t.objectiveCause()));
        double target = a.target() == null ? 0 : a.target();
        return AssignmentFact.builder().key(key).holder(a.holder()).unitHolder(isUnit)
                .indicatorCode(a.indicator().code()).indicatorName(a.indicator().name())
                .kind(a.indicator().kind().name()).polarity(a.indicator().polarity().name())
                .target(target).weight(a.weight()).actual(a.actual()).threshold(a.threshold()).stretch(a.stretch())
                .tasks(counts)
                .build();
    }
}
