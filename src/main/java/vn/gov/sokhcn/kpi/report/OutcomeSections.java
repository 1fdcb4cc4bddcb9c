package vn.gov.sokhcn.kpi.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.organisation.Unit;
import vn.gov.sokhcn.kpi.outcome.bonus.BonusService;
import vn.gov.sokhcn.kpi.outcome.bonus.BonusView;
import vn.gov.sokhcn.kpi.outcome.staffing.StaffingFlags;
import vn.gov.sokhcn.kpi.outcome.training.TrainingPlans;
import vn.gov.sokhcn.kpi.report.ReportRange.PeriodRef;

/**
 * The outcome sections, computed by the outcome services themselves: for each year whose YEAR period lies
 * in the range, the bonus of each agency concerned (every agency, or the agencies of the range's units;
 * only the shares of the range's units are listed, the fund and totals are the agency's) and the staffing
 * flags of the range's people; and the training needs of each unit of the range (from the current
 * competency assessments, so not tied to the periods), units without needs left out.
 */
@Component
public class OutcomeSections {
    private final BonusService bonus;
    private final StaffingFlags staffing;
    private final TrainingPlans training;

    OutcomeSections(BonusService bonus, StaffingFlags staffing, TrainingPlans training) {
        this.bonus = bonus;
        this.staffing = staffing;
        this.training = training;
    }

    /** The bonus of a year; {@code note} says why there is none (no completed run of the YEAR period). */
    public record YearBonus(int year, String period, Long run, List<BonusView> agencies, String note) {
    }

    public record YearStaffing(int year, String period, List<StaffingFlags.FlagView> flags) {
    }

    List<YearBonus> bonus(ReportRange.Resolved range) {
        Set<String> units = unitCodes(range);
        List<YearBonus> years = new ArrayList<>();
        for (PeriodRef period : range.years()) {
            int year = period.start().getYear();
            if (period.run() == null) {
                years.add(new YearBonus(year, period.code(), null, List.of(), "Chưa có lượt đánh giá chính thức đã hoàn tất"
                        + " của kỳ năm «" + period.code() + "» nên chưa tính được thưởng."));
                continue;
            }
            List<BonusView> agencies = new ArrayList<>();
            for (Unit agency : agencies(range)) {
                BonusView view = bonus.bonus(year, agency.code());
                agencies.add(range.range().unit() == null ? view : only(view, units));
            }
            years.add(new YearBonus(year, period.code(), period.run(), agencies, null));
        }
        return years;
    }

    List<YearStaffing> staffing(ReportRange.Resolved range) {
        Set<String> units = unitCodes(range);
        return range.years().stream().map(p -> new YearStaffing(p.start().getYear(), p.code(),
                staffing.of(p.start().getYear()).stream().filter(f -> units.contains(f.unit())).toList())).toList();
    }

    List<TrainingPlans.UnitPlan> training(ReportRange.Resolved range) {
        return range.units().ordered(range.unitIds()).stream().map(u -> training.ofUnit(u.code()))
                .filter(plan -> !plan.needs().isEmpty()).toList();
    }

    private static List<Unit> agencies(ReportRange.Resolved range) {
        Set<Long> ids = new LinkedHashSet<>();
        range.unitIds().forEach(u -> range.units().agencyOf(u).ifPresent(a -> ids.add(a.id())));
        return range.units().ordered(ids);
    }

    private static Set<String> unitCodes(ReportRange.Resolved range) {
        return range.unitIds().stream().map(id -> range.units().byId(id).orElseThrow().code()).collect(Collectors.toSet());
    }

    private static BonusView only(BonusView v, Set<String> units) {
        return new BonusView(v.year(), v.agency(), v.agencyName(), v.policy(), v.yearRun(), v.yearPeriod(), v.baseSalaryFund(),
                v.fundShare(), v.fund(), v.fundSource(), v.totalWeight(), v.remainder(), v.people(),
                v.shares().stream().filter(s -> units.contains(s.unit())).toList());
    }
}
