package vn.gov.sokhcn.kpi.ruleset.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.evaluation.policy.BandRow;
import vn.gov.sokhcn.kpi.ruleset.CompiledRuleSet;
import vn.gov.sokhcn.kpi.ruleset.RuleProblem;
import vn.gov.sokhcn.kpi.ruleset.RuleSetFiles;

/**
 * The score bands of each regime must cover every total from 0 up, without a gap or an overlap:
 * the lowest band starts at 0, each band ends exactly where the next one starts, and the highest
 * band has no end. Otherwise a total would get no rating, or two.
 */
@Component
class BandCoverage implements RuleSetCheck {
    static final String FROM = "Điểm từ (≥)";
    static final String TO = "Điểm đến (<)";

    @Override
    public List<RuleProblem> check(RuleSetFiles files, CompiledRuleSet compiled) {
        Map<String, List<BandRow>> byRegime = new LinkedHashMap<>();
        compiled.rows().stream().filter(BandRow.class::isInstance).map(BandRow.class::cast)
                .forEach(b -> byRegime.computeIfAbsent(b.getRegime(), r -> new ArrayList<>()).add(b));
        List<RuleProblem> problems = new ArrayList<>();
        byRegime.forEach((regime, bands) -> problems.addAll(check(regime, bands, compiled)));
        return problems;
    }

    private static List<RuleProblem> check(String regime, List<BandRow> bands, CompiledRuleSet compiled) {
        List<BandRow> sorted = bands.stream().sorted(Comparator.comparingDouble(BandRow::getFrom)).toList();
        List<RuleProblem> problems = new ArrayList<>();
        String prefix = "Chế độ " + RegimeNames.of(compiled, regime) + ": ";
        BandRow lowest = sorted.get(0);
        if (lowest.getFrom() != 0) {
            String at = compiled.cellOf(lowest, FROM);
            problems.add(new RuleProblem(at, prefix + "khung thấp nhất «" + code(lowest) + "» bắt đầu ở "
                    + Cells.number(lowest.getFrom()) + " (ô " + Cells.shortName(at) + "): thiếu khoảng 0–"
                    + Cells.number(lowest.getFrom()), "khung thấp nhất bắt đầu ở 0"));
        }
        for (int i = 0; i + 1 < sorted.size(); i++) {
            BandRow lower = sorted.get(i);
            BandRow upper = sorted.get(i + 1);
            String end = compiled.cellOf(lower, TO);
            String start = compiled.cellOf(upper, FROM);
            String expected = "ô " + Cells.shortName(end) + " bằng ô " + Cells.shortName(start)
                    + ": mỗi khung kết thúc đúng ở điểm bắt đầu của khung kế tiếp";
            String from = Cells.number(upper.getFrom());
            if (lower.getTo() == null) {
                problems.add(new RuleProblem(end, prefix + "khung «" + code(lower) + "» không có điểm đến (ô "
                        + Cells.shortName(end) + " để trống: không giới hạn) nhưng khung «" + code(upper) + "» bắt đầu ở "
                        + from + " (ô " + Cells.shortName(start) + "): chồng lấn từ " + from + " trở lên", expected));
            } else if (!lower.getTo().equals(upper.getFrom())) {
                String to = Cells.number(lower.getTo());
                boolean gap = lower.getTo() < upper.getFrom();
                problems.add(new RuleProblem(end, prefix + "khung «" + code(lower) + "» kết thúc ở " + to + " (ô "
                        + Cells.shortName(end) + ") nhưng khung «" + code(upper) + "» bắt đầu ở " + from + " (ô "
                        + Cells.shortName(start) + "): " + (gap ? "thiếu khoảng " + to + "–" + from
                        : "chồng lấn khoảng " + from + "–" + to), expected));
            }
        }
        BandRow highest = sorted.get(sorted.size() - 1);
        if (highest.getTo() != null) {
            String at = compiled.cellOf(highest, TO);
            problems.add(new RuleProblem(at, prefix + "khung cao nhất «" + code(highest) + "» kết thúc ở "
                    + Cells.number(highest.getTo()) + " (ô " + Cells.shortName(at) + "): tổng điểm từ "
                    + Cells.number(highest.getTo()) + " trở lên không có xếp loại",
                    "ô " + Cells.shortName(at) + " để trống (khung cao nhất không giới hạn)"));
        }
        return problems;
    }

    private static String code(BandRow band) {
        return band.getRating().name();
    }
}
