package vn.gov.sokhcn.kpi.ruleset.validation.cases;

import static vn.gov.sokhcn.kpi.ruleset.validation.cases.CaseColumn.*;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Assignment;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Employee;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.GeneralCriteria;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Indicator;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.IndicatorKind;
import vn.gov.sokhcn.kpi.organisation.Leadership;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Period;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.PeriodKind;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Polarity;
import vn.gov.sokhcn.kpi.organisation.StaffType;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Tasks;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Unit;

/**
 * The evaluation request of one case: its rows' people in the Department (an agency of its own),
 * or in a unit «DV» under it when the row gives «Mức đạt của đơn vị (%)» (the unit then has one
 * assignment achieved at that percentage, which its leaders' caps read; «Đơn vị bị xử lý» marks it
 * handled for corruption, embezzlement or waste). A row with «Thực hiện» or
 * task counts has one assignment («Trọng số» blank: 100); a later row of the same person in the
 * case only adds an assignment. Blank general criteria count 0.
 */
final class CaseRequest {
    static final String ROOT = "SO";
    static final String UNIT = "DV";

    private CaseRequest() {
    }

    static String personOf(CaseRow row) {
        return row.has(PERSON) ? row.text(PERSON) : row.caseId();
    }

    static EvaluationRequest of(List<CaseRow> rows) {
        List<Unit> units = new ArrayList<>(List.of(new Unit(ROOT, "Sở Khoa học và Công nghệ", null, false, true)));
        List<Employee> employees = new ArrayList<>();
        List<Assignment> assignments = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (CaseRow row : rows) {
            String id = personOf(row);
            if (!seen.add(id)) {
                assignmentOf(row, id).ifPresent(assignments::add);
                continue;
            }
            String unit = ROOT;
            if (row.has(UNIT_ACHIEVEMENT)) {
                unit = UNIT;
                if (units.size() == 1) {
                    units.add(new Unit(UNIT, "Đơn vị kiểm thử", ROOT, row.flag(UNIT_SANCTIONED), false));
                    assignments.add(new Assignment(UNIT, indicator(Polarity.HIGHER_IS_BETTER), 100.0, 100.0,
                            row.number(UNIT_ACHIEVEMENT), null, null, null));
                }
            }
            employees.add(new Employee(id, "Cán bộ " + id, unit,
                    StaffType.valueOf(row.has(STAFF_TYPE) ? row.text(STAFF_TYPE) : "CIVIL_SERVANT"),
                    Leadership.valueOf(row.has(POSITION) ? row.text(POSITION) : "NONE"), null,
                    new GeneralCriteria(row.numberOr(POLITICS, 0), row.numberOr(ETHICS, 0), row.numberOr(STYLE, 0),
                            row.numberOr(DISCIPLINE, 0)),
                    row.flag(DISCIPLINED), row.flag(DEGRADATION), row.number(MONTHS_WORKED), row.number(LEAVE_MONTHS), row.flag(MATERNITY)));
            assignmentOf(row, id).ifPresent(assignments::add);
        }
        return new EvaluationRequest(period(rows.get(0).text(PERIOD)), units, employees, assignments, List.of());
    }

    private static java.util.Optional<Assignment> assignmentOf(CaseRow row, String id) {
        if (row.has(TASKS_ASSIGNED)) {
            Tasks tasks = new Tasks(row.number(TASKS_ASSIGNED), row.numberOr(TASKS_DONE, 0), row.numberOr(TASKS_AT_QUALITY, 0),
                    row.numberOr(TASKS_ON_TIME, 0), row.number(TASKS_LATE), row.number(TASKS_FAILED), null);
            return java.util.Optional.of(new Assignment(id, indicator(Polarity.TASKS), null, weight(row), null, null, null, tasks));
        }
        if (!row.has(ACTUAL)) {
            return java.util.Optional.empty();
        }
        Polarity polarity = Polarity.valueOf(row.has(POLARITY) ? row.text(POLARITY) : "HIGHER_IS_BETTER");
        return java.util.Optional.of(new Assignment(id, indicator(polarity), row.has(TARGET) ? row.number(TARGET) : 100.0,
                weight(row), row.number(ACTUAL), row.number(THRESHOLD), row.number(STRETCH), null));
    }

    private static double weight(CaseRow row) {
        return row.numberOr(WEIGHT, 100);
    }

    private static Indicator indicator(Polarity polarity) {
        return new Indicator("KT-" + polarity, "Chỉ số kiểm thử " + polarity, IndicatorKind.KPI, polarity);
    }

    /** 2026-03 a month, 2026-Q1 a quarter, 2026 a year (the shape is checked when the sheet is read). */
    static Period period(String code) {
        int year = Integer.parseInt(code.substring(0, 4));
        if (code.length() == 4) {
            return new Period(code, PeriodKind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        if (code.charAt(5) == 'Q') {
            YearMonth first = YearMonth.of(year, (code.charAt(6) - '0') * 3 - 2);
            return new Period(code, PeriodKind.QUARTER, first.atDay(1), first.plusMonths(2).atEndOfMonth());
        }
        YearMonth month = YearMonth.of(year, Integer.parseInt(code.substring(5)));
        return new Period(code, PeriodKind.MONTH, month.atDay(1), month.atEndOfMonth());
    }
}
