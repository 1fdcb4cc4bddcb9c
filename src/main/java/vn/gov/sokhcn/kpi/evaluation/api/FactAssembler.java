package vn.gov.sokhcn.kpi.evaluation.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.evaluation.Facts;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Assignment;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Employee;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Leadership;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Polarity;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Unit;
import vn.gov.sokhcn.kpi.evaluation.facts.AssignmentFact;
import vn.gov.sokhcn.kpi.evaluation.facts.EmployeeFact;
import vn.gov.sokhcn.kpi.evaluation.facts.PeriodFact;
import vn.gov.sokhcn.kpi.evaluation.facts.QuotaExemption;
import vn.gov.sokhcn.kpi.evaluation.facts.TaskCounts;
import vn.gov.sokhcn.kpi.evaluation.facts.UnitFact;
import vn.gov.sokhcn.kpi.evaluation.policy.Numbers;

/**
 * Turns a request into facts, refusing what is inconsistent (unknown or duplicate references,
 * missing values a polarity needs, counts that contradict each other) with every problem at its
 * JSON path. Fills what the request may leave out: leadership NONE, the task group by staff type,
 * the whole period worked, no leave. A request that skipped Bean Validation (built in process, not
 * posted) is checked against its constraints first, so that no null or infinite number gets further.
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

        Map<String, Unit> units = unitsByCode(request.units(), problems);
        Map<String, List<String>> ancestry = ancestry(units, request.units(), problems);
        List<UnitFact> unitFacts = new ArrayList<>();
        for (Unit u : units.values()) {
            List<String> chain = ancestry.getOrDefault(u.code(), List.of(u.code()));
            unitFacts.add(new UnitFact(u.code(), u.name(), u.parent(), Boolean.TRUE.equals(u.sanctioned()), agencyOf(chain, units), chain));
        }

        Map<String, String> pathOfEmployee = new HashMap<>();
        List<EmployeeFact> employees = new ArrayList<>();
        for (int i = 0; i < request.employees().size(); i++) {
            Employee e = request.employees().get(i);
            String path = "$.employees[" + i + "]";
            if (pathOfEmployee.putIfAbsent(e.id(), path) != null) {
                problems.add(new FieldProblem(path + ".id", "Mã cán bộ «" + e.id() + "» bị trùng"));
                continue;
            }
            if (!units.containsKey(e.unit())) {
                problems.add(new FieldProblem(path + ".unit", "Không có đơn vị «" + e.unit() + "» trong danh sách đơn vị"));
                continue;
            }
            worked(e.monthsWorked(), months, path + ".monthsWorked", problems);
            worked(e.leaveMonths(), months, path + ".leaveMonths", problems);
            employees.add(employeeFact(e, ancestry.get(e.unit()), agencyOf(ancestry.get(e.unit()), units), months));
        }

        Map<String, String> pathOfAssignment = new HashMap<>();
        List<AssignmentFact> assignments = new ArrayList<>();
        List<Assignment> given = request.assignments() == null ? List.of() : request.assignments();
        for (int i = 0; i < given.size(); i++) {
            String path = "$.assignments[" + i + "]";
            Assignment a = given.get(i);
            boolean isEmployee = pathOfEmployee.containsKey(a.holder());
            boolean isUnit = units.containsKey(a.holder());
            if (isEmployee == isUnit) {
                problems.add(new FieldProblem(path + ".holder", isEmployee
                        ? "«" + a.holder() + "» vừa là mã cán bộ vừa là mã đơn vị; hãy dùng mã khác nhau"
                        : "Không có cán bộ hay đơn vị nào mã «" + a.holder() + "»"));
                continue;
            }
            if (checkAssignment(a, path, problems)) {
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
            if (!units.containsKey(x.agency())) {
                problems.add(new FieldProblem("$.quotaExemptions[" + i + "].agency", "Không có cơ quan «" + x.agency() + "»"));
            }
            exemptions.add(new QuotaExemption(x.agency(), x.approvedBy(), x.note()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new Facts(periodFact, unitFacts, employees, assignments, exemptions, pathOfEmployee, pathOfAssignment);
    }

    private static Map<String, Unit> unitsByCode(List<Unit> given, List<FieldProblem> problems) {
        Map<String, Unit> units = new LinkedHashMap<>();
        for (int i = 0; i < given.size(); i++) {
            if (units.putIfAbsent(given.get(i).code(), given.get(i)) != null) {
                problems.add(new FieldProblem("$.units[" + i + "].code", "Mã đơn vị «" + given.get(i).code() + "» bị trùng"));
            }
        }
        return units;
    }

    /** Each unit's chain of codes from itself up to the root; unknown parents and cycles are problems. */
    private static Map<String, List<String>> ancestry(Map<String, Unit> units, List<Unit> given, List<FieldProblem> problems) {
        Map<String, List<String>> chains = new HashMap<>();
        for (int i = 0; i < given.size(); i++) {
            Unit unit = given.get(i);
            List<String> chain = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            Unit current = unit;
            while (current != null) {
                if (!seen.add(current.code())) {
                    problems.add(new FieldProblem("$.units[" + i + "].parent", "Đơn vị «" + unit.code() + "» nằm trong vòng lặp đơn vị cấp trên"));
                    break;
                }
                chain.add(current.code());
                String parent = current.parent();
                if (parent == null || parent.isBlank()) {
                    break;
                }
                current = units.get(parent);
                if (current == null) {
                    problems.add(new FieldProblem("$.units[" + i + "].parent", "Không có đơn vị cấp trên «" + parent + "»"));
                }
            }
            chains.put(unit.code(), List.copyOf(chain));
        }
        return chains;
    }

    /** The nearest unit up the chain that is an agency of its own; the root always is. */
    private static String agencyOf(List<String> chain, Map<String, Unit> units) {
        for (String code : chain) {
            if (Boolean.TRUE.equals(units.get(code).agency())) {
                return code;
            }
        }
        return chain.get(chain.size() - 1);
    }

    private static void worked(Double value, double months, String path, List<FieldProblem> problems) {
        if (value != null && value > months) {
            problems.add(new FieldProblem(path, "Không được vượt độ dài của kỳ (" + Numbers.vi(months) + " tháng)"));
        }
    }

    private static EmployeeFact employeeFact(Employee e, List<String> chain, String agency, double months) {
        Leadership leadership = e.leadership() == null ? Leadership.NONE : e.leadership();
        var g = e.generalCriteria();
        return new EmployeeFact(e.id(), e.name(), e.unit(), e.staffType().name(), leadership.name(),
                leadership.ordinal(), agency, e.taskGroup() == null || e.taskGroup().isBlank() ? e.staffType().name() : e.taskGroup(),
                chain, g.politics(), g.ethics(), g.style(), g.discipline(), Boolean.TRUE.equals(e.disciplined()), Boolean.TRUE.equals(e.degradation()),
                Objects.requireNonNullElse(e.monthsWorked(), months), Objects.requireNonNullElse(e.leaveMonths(), 0.0),
                Boolean.TRUE.equals(e.maternityLeave()));
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
        return new AssignmentFact(key, a.holder(), isUnit, a.indicator().code(), a.indicator().name(),
                a.indicator().kind().name(), a.indicator().polarity().name(), target, a.weight(), a.actual(),
                a.threshold(), a.stretch(), counts);
    }
}
