package vn.gov.sokhcn.kpi.evaluation.api;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Employee;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Period;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.PeriodKind;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Unit;
import vn.gov.sokhcn.kpi.evaluation.facts.MonthlyScore;
import vn.gov.sokhcn.kpi.evaluation.facts.UnitMonthResult;
import vn.gov.sokhcn.kpi.system.FieldProblem;

/**
 * The monthly scores of people and monthly results of units of a quarter or year evaluated as a
 * roll-up, checked and turned into facts. A month period cannot be rolled up; each entry names a
 * month inside the period (or, for a year, a quarter inside it), once; one list does not mix
 * months and quarters. The months an entry covers (a quarter: 3) are the time worked a person's
 * list shows, used when the request does not say {@code monthsWorked}.
 */
final class RollUpInputs {
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final int MONTHS_OF_A_QUARTER = 3;

    private final Period period;
    private final List<FieldProblem> problems;
    final List<MonthlyScore> monthlyScores = new ArrayList<>();
    final List<UnitMonthResult> unitMonths = new ArrayList<>();

    RollUpInputs(Period period, List<FieldProblem> problems) {
        this.period = period;
        this.problems = problems;
    }

    /** The months a rolled-up person's list covers (0 when the list is refused). */
    double person(Employee e, String path) {
        List<String> codes = e.monthlyScores().stream().map(EvaluationRequest.MonthScore::period).toList();
        int months = covered(codes, path + ".monthlyScores");
        if (months > 0) {
            e.monthlyScores().forEach(m -> monthlyScores.add(
                    new MonthlyScore(e.id(), m.period(), m.score(), m.taskScore(), m.generalScore())));
        }
        return months;
    }

    void unit(Unit u, String path) {
        List<String> codes = u.monthlyResults().stream().map(EvaluationRequest.UnitMonth::period).toList();
        if (covered(codes, path + ".monthlyResults") > 0) {
            u.monthlyResults().forEach(m -> unitMonths.add(new UnitMonthResult(u.code(), m.period(), m.score(),
                    m.completedPercent(), m.exceededPercent(), m.onTimeAndQualityPercent())));
        }
    }

    private int covered(List<String> codes, String path) {
        if (period.kind() == PeriodKind.MONTH) {
            problems.add(new FieldProblem(path, "Kỳ «" + period.code()
                    + "» là kỳ tháng; kết quả các tháng chỉ dùng khi đánh giá kỳ quý hoặc năm"));
            return 0;
        }
        int before = problems.size();
        int months = 0;
        Set<String> seen = new HashSet<>();
        Set<Integer> sizes = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String entry = path + "[" + i + "].period";
            int size = monthsOf(codes.get(i));
            if (size == 0) {
                problems.add(new FieldProblem(entry, "Kỳ «" + codes.get(i) + "» không hợp lệ: cần một tháng (như 2026-01)"
                        + (period.kind() == PeriodKind.YEAR ? " hoặc một quý (như 2026-Q1)" : "")
                        + " nằm trong kỳ «" + period.code() + "»"));
            } else if (!seen.add(codes.get(i))) {
                problems.add(new FieldProblem(entry, "Kỳ «" + codes.get(i) + "» bị trùng"));
            } else {
                sizes.add(size);
                months += size;
            }
        }
        if (sizes.size() > 1) {
            problems.add(new FieldProblem(path, "Không được trộn kết quả tháng với kết quả quý trong cùng một danh sách"));
        }
        return problems.size() == before ? months : 0;
    }

    /** 1 for a month inside the period, 3 for a quarter inside a year, 0 for anything else. */
    private int monthsOf(String code) {
        Matcher m = MONTH.matcher(code);
        if (m.matches()) {
            YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            return inside(month, month) ? 1 : 0;
        }
        Matcher q = QUARTER.matcher(code);
        if (q.matches() && period.kind() == PeriodKind.YEAR) {
            YearMonth first = YearMonth.of(Integer.parseInt(q.group(1)), (Integer.parseInt(q.group(2)) - 1) * MONTHS_OF_A_QUARTER + 1);
            return inside(first, first.plusMonths(MONTHS_OF_A_QUARTER - 1)) ? MONTHS_OF_A_QUARTER : 0;
        }
        return 0;
    }

    private boolean inside(YearMonth first, YearMonth last) {
        return !first.isBefore(YearMonth.from(period.start())) && !last.isAfter(YearMonth.from(period.end()));
    }
}
