package vn.gov.sokhcn.kpi.outcome.bonus;

import java.math.BigDecimal;
import vn.gov.sokhcn.kpi.appraisal.decided.CountedRating;
import vn.gov.sokhcn.kpi.evaluation.facts.Rating;
import vn.gov.sokhcn.kpi.outcome.bonus.AgencyPeople.Person;
import vn.gov.sokhcn.kpi.outcome.bonus.BonusFacts.BonusWeight;

/** The Vietnamese sentences of a bonus share's reasons, with the values used. */
final class BonusReasons {
    private BonusReasons() {
    }

    static String weight(int year, YearRatings.YearRun run, CountedRating counted, Person p, BonusWeight w,
                         BonusFundRow policy) {
        Rating rating = w.person().rating();
        String rated = counted.decisionId() == null && rating == Rating.NOT_RATED
                ? "Không có kết quả xếp loại trong lần đánh giá #" + run.runId() + " (kỳ " + run.period() + ") nên chưa xếp loại"
                : "Xếp loại năm " + year + " (kỳ " + run.period() + ") " + counted.note() + ": "
                        + (rating == Rating.NOT_RATED ? rating.label() : rating.label() + " (" + rating.name() + ")");
        String coefficient = num(BigDecimal.valueOf(w.row().getCoefficient()));
        return rated + "; theo chính sách «" + policy.getLabel() + "» hệ số thưởng là " + coefficient
                + ". Công tác " + p.months().size() + " tháng trong năm" + months(p) + " nên trọng số = "
                + coefficient + " × " + p.months().size() + " = " + num(w.weight()) + ".";
    }

    static String split(long fund, String fundSource, BonusWeight w, Allocation.Result split, Allocation.Share s) {
        String source = "ENTERED".equals(fundSource) ? "quỹ thưởng do phòng Tổ chức cán bộ nhập" : "quỹ thưởng tính theo tỷ lệ của bảng";
        if (split.totalWeight().signum() == 0) {
            return "Tổng trọng số của cơ quan bằng 0 nên không ai được chia " + source + " " + Allocation.dong(fund) + " đồng.";
        }
        String text = "Tiền thưởng = " + source + " " + Allocation.dong(fund) + " đồng × " + num(w.weight()) + " / "
                + num(split.totalWeight()) + " (tổng trọng số) ≈ " + Allocation.dong(s.exact()) + " đồng; làm tròn xuống "
                + Allocation.dong(s.extra() ? s.amount() - 1 : s.amount()) + " đồng";
        return text + (s.extra() ? ", cộng 1 đồng trong " + Allocation.dong(split.remainder())
                + " đồng dư chia theo phần lẻ lớn nhất: " + Allocation.dong(s.amount()) + " đồng." : ".");
    }

    private static String months(Person p) {
        if (p.months().size() == 12 || p.months().isEmpty()) {
            return "";
        }
        return " (tháng " + String.join(", ", p.months().stream().map(String::valueOf).toList()) + ")";
    }

    private static String num(BigDecimal value) {
        return BonusService.plain(value).toPlainString().replace('.', ',');
    }
}
