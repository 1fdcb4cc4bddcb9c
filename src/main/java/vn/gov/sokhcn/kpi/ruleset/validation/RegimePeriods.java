package vn.gov.sokhcn.kpi.ruleset.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.evaluation.policy.BandRow;
import vn.gov.sokhcn.kpi.evaluation.policy.PolicyRow;
import vn.gov.sokhcn.kpi.evaluation.policy.RegimeRow;
import vn.gov.sokhcn.kpi.evaluation.policy.ScaleRow;
import vn.gov.sokhcn.kpi.ruleset.CompiledRuleSet;
import vn.gov.sokhcn.kpi.ruleset.RuleProblem;
import vn.gov.sokhcn.kpi.ruleset.RuleSetFiles;

/**
 * The regimes of «Chế độ áp dụng» follow one another without a gap or an overlap (each ends on the
 * day the next begins), and every regime named by a band or a scale row is one of them.
 */
@Component
class RegimePeriods implements RuleSetCheck {
    static final String FROM = "Kỳ bắt đầu từ ngày";
    static final String BEFORE = "Kỳ bắt đầu trước ngày";

    @Override
    public List<RuleProblem> check(RuleSetFiles files, CompiledRuleSet compiled) {
        List<RegimeRow> regimes = compiled.rows().stream().filter(RegimeRow.class::isInstance).map(RegimeRow.class::cast)
                .sorted(Comparator.comparing(RegimeRow::getStartFrom, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        List<RuleProblem> problems = new ArrayList<>();
        for (int i = 0; i + 1 < regimes.size(); i++) {
            RegimeRow earlier = regimes.get(i);
            RegimeRow later = regimes.get(i + 1);
            if (!Objects.equals(earlier.getStartBefore(), later.getStartFrom())) {
                String end = compiled.cellOf(earlier, BEFORE);
                String start = Cells.shortName(compiled.cellOf(later, FROM));
                String before = earlier.getStartBefore() == null ? "không có ngày kết thúc" : "kết thúc trước ngày "
                        + earlier.getStartBefore();
                boolean gap = earlier.getStartBefore() != null && earlier.getStartBefore().compareTo(later.getStartFrom()) < 0;
                problems.add(new RuleProblem(end, "Chế độ " + RegimeNames.of(compiled, earlier.getCode()) + " " + before + " (ô " + Cells.shortName(end)
                        + ") nhưng chế độ " + RegimeNames.of(compiled, later.getCode()) + " bắt đầu từ ngày " + later.getStartFrom() + " (ô " + start + "): "
                        + (gap ? "các kỳ bắt đầu trong khoảng giữa không có chế độ nào" : "hai chế độ chồng lấn"),
                        "ô " + Cells.shortName(end) + " bằng ô " + start + ": mỗi chế độ kết thúc đúng ngày chế độ sau bắt đầu"));
            }
        }
        Set<String> codes = regimes.stream().map(RegimeRow::getCode).collect(Collectors.toCollection(java.util.TreeSet::new));
        for (PolicyRow row : compiled.rows()) {
            String regime = row instanceof BandRow b ? b.getRegime() : row instanceof ScaleRow s ? s.getRegime() : null;
            if (regime != null && !codes.contains(regime)) {
                String at = compiled.cellOf(row, "Chế độ");
                problems.add(new RuleProblem(at, "Cột «Chế độ»: ô " + Cells.shortName(at) + " ghi chế độ «" + regime
                        + "» không có trong bảng «Chế độ áp dụng»", "một mã chế độ của bảng «Chế độ áp dụng»: "
                        + String.join(", ", codes)));
            }
        }
        return problems;
    }
}
