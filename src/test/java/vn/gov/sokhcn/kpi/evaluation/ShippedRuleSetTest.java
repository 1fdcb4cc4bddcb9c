package vn.gov.sokhcn.kpi.evaluation;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toMap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.junit.jupiter.api.Test;
import org.kie.api.builder.Message;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.utils.KieHelper;
import vn.gov.sokhcn.kpi.evaluation.policy.BandRow;
import vn.gov.sokhcn.kpi.evaluation.policy.PolicyRow;
import vn.gov.sokhcn.kpi.evaluation.policy.RegimeRow;
import vn.gov.sokhcn.kpi.ruleset.CompiledRuleSet;
import vn.gov.sokhcn.kpi.ruleset.RuleFolders;
import vn.gov.sokhcn.kpi.ruleset.compile.RuleSetCompiler;
import vn.gov.sokhcn.kpi.ruleset.RuleSetFiles;
import vn.gov.sokhcn.kpi.ruleset.RuleSetLoader;

/** The shipped rules/ and decision-tables/ folders build cleanly, with one policy row per table row. */
class ShippedRuleSetTest {
    /** Data rows per row class, counted in the workbooks (CapRow: 3 pilot + 4 unit + 3 subordinates). */
    private static final Map<String, Long> ROWS = Map.ofEntries(
            Map.entry("RegimeRow", 3L), Map.entry("MethodRow", 5L), Map.entry("LimitRow", 1L),
            Map.entry("TaskCountRow", 1L), Map.entry("ScaleRow", 3L), Map.entry("CriterionRow", 4L),
            Map.entry("BandRow", 12L), Map.entry("ConductRow", 3L), Map.entry("TimeRow", 12L),
            Map.entry("CapRow", 10L), Map.entry("DeputyRow", 2L), Map.entry("QuotaRow", 1L), Map.entry("TieKeyRow", 2L),
            Map.entry("CompetentRow", 6L), Map.entry("ComplaintDeadlineRow", 1L),
            Map.entry("BonusFundRow", 2L), Map.entry("BonusCoefficientRow", 10L),
            Map.entry("StaffingRow", 3L), Map.entry("TrainingRow", 1L));
    private static final int SHEETS = 21;

    @Test
    void shouldReadOneRowPerDataRowOfEveryDecisionTable() {
        assertThat(countByClass(Evaluations.shippedRuleSet().rows())).isEqualTo(ROWS);
    }

    @Test
    void shouldPointEveryRowAtTheFirstCellOfItsRow() {
        List<PolicyRow> rows = Evaluations.shippedRuleSet().rows();

        assertThat(rows).extracting(PolicyRow::getSource)
                .allMatch(s -> s.matches("decision-tables/[a-z-]+\\.drl\\.xlsx![^!]+!B(1[1-9]|2[0-9])"), "a first cell")
                .doesNotHaveDuplicates();
        assertThat(rows.stream().filter(BandRow.class::isInstance).map(PolicyRow::getSource))
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(11, 22)
                        .mapToObj(n -> "decision-tables/xep-loai.drl.xlsx!Khung điểm!B" + n).toList());
        assertThat(rows.stream().filter(RegimeRow.class::isInstance).map(RegimeRow.class::cast)
                .collect(toMap(PolicyRow::getSource, RegimeRow::getCode))).isEqualTo(Map.of(
                        "decision-tables/che-do-ap-dung.drl.xlsx!Chế độ áp dụng!B11", "PILOT_2023",
                        "decision-tables/che-do-ap-dung.drl.xlsx!Chế độ áp dụng!B12", "DECREE_48",
                        "decision-tables/che-do-ap-dung.drl.xlsx!Chế độ áp dụng!B13", "DECREE_335"));
    }

    @Test
    void shouldRefuseEverySetterOnceTheRuleSetIsBuilt() {
        List<PolicyRow> rows = Evaluations.shippedRuleSet().rows();
        BandRow band = rows.stream().filter(BandRow.class::isInstance).map(BandRow.class::cast).findFirst().orElseThrow();
        Double from = band.getFrom();

        assertThatThrownBy(() -> band.setFrom(0)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Row " + band.getSource() + " is read-only once the rule set is built");
        assertThatThrownBy(() -> band.setLabel("khác")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> band.setRatingCode("HTNV")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> rows.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(band.getFrom()).isEqualTo(from);
        assertThat(band.problems()).isEmpty();
    }

    @Test
    void shouldInsertTheRowsBuiltOnceIntoEverySessionAndBuildNoRowThere() {
        CompiledRuleSet compiled = Evaluations.shippedRuleSet();
        List<PolicyRow> rows = compiled.rows();

        for (int i = 0; i < 2; i++) {
            KieSession session = compiled.newSession(compiled.newExplanations());
            try {
                List<String> tableRules = new ArrayList<>();
                session.fireAllRules(match -> {
                    if (match.getRule().getPackageName().startsWith("bang.")) {
                        tableRules.add(match.getRule().getName());
                    }
                    return false;
                });
                List<Object> inSession = new ArrayList<>(session.getObjects(PolicyRow.class::isInstance));

                assertThat(tableRules).as("row rules left in the KieBase").isEmpty();
                assertThat(inSession).hasSameSizeAs(rows);
                assertThat(inSession).allMatch(row -> rows.stream().anyMatch(r -> r == row), "a row built at build time");
            } finally {
                session.dispose();
            }
        }
    }

    @Test
    void shouldCompileTheShippedFilesWithTheRuleSetCompiler() {
        RuleSetFiles files = shippedFiles();

        CompiledRuleSet compiled = new RuleSetCompiler().compile(7, files);

        assertThat(compiled.version()).isEqualTo(7);
        assertThat(compiled.sha256()).isEqualTo(files.sha256()).hasSize(64);
        assertThat(countByClass(compiled.rows())).isEqualTo(ROWS);
        assertThat(files.all().keySet()).contains("rules/scoring/achievement.drl", "decision-tables/xep-loai.drl.xlsx")
                .hasSize(18 + 8); // 18 DRL files, 8 workbooks
    }

    @Test
    void shouldBuildEveryDrlAndEverySheetWithKieHelperWithoutAnyMessage() throws Exception {
        KieHelper helper = new KieHelper();
        int sheets = 0;
        for (Map.Entry<String, byte[]> file : shippedFiles().all().entrySet()) {
            if (file.getKey().endsWith(".drl")) {
                helper.addContent(new String(file.getValue(), StandardCharsets.UTF_8), ResourceType.DRL);
                continue;
            }
            try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file.getValue()))) {
                for (Sheet sheet : workbook) {
                    if (sheet.getSheetName().equals(RuleSetFiles.TEST_SHEET)) {
                        continue; // test cases, not a decision table
                    }
                    String drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(file.getValue()), sheet.getSheetName());
                    helper.addContent(drl, ResourceType.DRL);
                    sheets++;
                }
            }
        }

        List<Message> messages = helper.verify().getMessages();

        assertThat(sheets).isEqualTo(SHEETS);
        assertThat(messages).as("messages of the build").isEmpty();
        assertThat(helper.build().getKiePackages()).extracting(p -> p.getName()).contains("scoring", "rating", "quota",
                "regime", "unit", "validation", "bang.cham_diem", "bang.xep_loai", "bang.che_do", "bang.lanh_dao", "bang.han_muc");
    }

    private static RuleSetFiles shippedFiles() {
        return new RuleSetLoader(new RuleFolders(null, null)).load();
    }

    private static Map<String, Long> countByClass(List<PolicyRow> rows) {
        return rows.stream().collect(groupingBy(r -> r.getClass().getSimpleName(), counting()));
    }
}
