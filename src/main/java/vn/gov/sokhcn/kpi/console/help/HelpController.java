package vn.gov.sokhcn.kpi.console.help;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.gov.sokhcn.kpi.evaluation.policy.BandRow;
import vn.gov.sokhcn.kpi.evaluation.policy.RegimeRow;
import vn.gov.sokhcn.kpi.evaluation.policy.Numbers;
import vn.gov.sokhcn.kpi.evaluation.facts.Rating;
import vn.gov.sokhcn.kpi.ruleset.version.ActiveRuleSet;
import vn.gov.sokhcn.kpi.ruleset.CompiledRuleSet;
import vn.gov.sokhcn.kpi.ruleset.RuleSetFiles;
import vn.gov.sokhcn.kpi.ruleset.version.VersionStore;

/**
 * Help for the people being trained: the KPI system's words, how a score and a rating are computed —
 * the decision tables of the ACTIVE rule set version rendered cell by cell, so the help cannot drift from
 * the rules — how to read one's result, and a worked example of changing a band.
 */
@Controller
class HelpController {
    /** The workbooks the help shows, in the order a score is built: achievement and score, regime, rating, caps. */
    static final Map<String, String> WORKBOOKS = new LinkedHashMap<>();

    static {
        WORKBOOKS.put("decision-tables/cham-diem.drl.xlsx", "Chấm điểm: mức đạt, cơ cấu điểm, tiêu chí chung");
        WORKBOOKS.put("decision-tables/che-do-ap-dung.drl.xlsx", "Chế độ áp dụng theo kỳ và loại cán bộ");
        WORKBOOKS.put("decision-tables/xep-loai.drl.xlsx", "Xếp loại: khung điểm và các điều kiện");
        WORKBOOKS.put("decision-tables/han-muc.drl.xlsx", "Hạn mức Hoàn thành xuất sắc");
        WORKBOOKS.put("decision-tables/lanh-dao.drl.xlsx", "Người đứng đầu và cấp phó: trần xếp loại");
    }

    private final ActiveRuleSet rules;
    private final VersionStore versions;

    HelpController(ActiveRuleSet rules, VersionStore versions) {
        this.rules = rules;
        this.versions = versions;
    }

    public record Workbook(String path, String title, List<RuleTables.Table> tables) {
    }

    /** A band of the rating table giving HTXSNV: its regime (by label), its lower bound and the cell holding it. */
    public record Band(String regime, Double from, Double to, String cell) {
        public String fromText() {
            return Numbers.vi(from);
        }

        /** The example's new lower bound: two points higher (an example, not a policy). */
        public String raisedText() {
            return Numbers.vi(from + 2);
        }
    }

    @GetMapping("/help")
    String help(Model model) {
        CompiledRuleSet active = rules.get();
        RuleSetFiles files = versions.files(active.version());
        List<Workbook> workbooks = new ArrayList<>();
        List<RuleTables.Table> tables = new ArrayList<>();
        WORKBOOKS.keySet().forEach(path -> tables.addAll(RuleTables.read(files, path)));
        List<RuleTables.Table> labelled = CodeCells.labelled(tables);
        WORKBOOKS.forEach((path, title) -> workbooks.add(new Workbook(path, title,
                labelled.stream().filter(t -> t.file().equals(path)).toList())));
        List<Band> excellent = active.rows().stream().filter(BandRow.class::isInstance).map(BandRow.class::cast)
                .filter(b -> b.getRating() == Rating.HTXSNV)
                .map(b -> new Band(regimeLabel(active, b.getRegime()), b.getFrom(), b.getTo(), active.cellOf(b, "Điểm từ (≥)")))
                .toList();
        model.addAttribute("version", active.version());
        model.addAttribute("workbooks", workbooks);
        model.addAttribute("bands", excellent);
        model.addAttribute("band", excellent.isEmpty() ? null : excellent.get(0));
        return "help/index";
    }

    private static String regimeLabel(CompiledRuleSet active, String code) {
        return active.rows().stream().filter(RegimeRow.class::isInstance).map(RegimeRow.class::cast)
                .filter(r -> r.getCode().equals(code) && r.getLabel() != null).map(RegimeRow::getLabel).findFirst().orElse(code);
    }
}
