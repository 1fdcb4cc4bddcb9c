package vn.gov.sokhcn.kpi.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.junit.jupiter.api.Test;

/** A workbook is turned into DRL as Drools' own compiler does, once per content: a draft changes one workbook of eight. */
class WorkbookSheetsTest {
    private static final String BANDS = "decision-tables/xep-loai.drl.xlsx";
    private static final String BAND_SHEET = "Khung điểm";

    @Test
    void shouldGiveEverySheetTheDrlOfDroolsSpreadsheetCompiler() {
        int sheets = 0;
        for (Map.Entry<String, byte[]> file : BrokenWorkbooks.shipped().all().entrySet()) {
            if (file.getKey().endsWith(".drl.xlsx")) {
                for (GeneratedDrl table : WorkbookSheets.drlOf(file.getKey(), file.getValue(), new ArrayList<>())) {
                    String byDrools = new SpreadsheetCompiler().compile(new ByteArrayInputStream(file.getValue()), table.sheet());
                    assertThat(table.drl()).as(table.file() + "!" + table.sheet()).isEqualTo(byDrools);
                    sheets++;
                }
            }
        }
        assertThat(sheets).isEqualTo(21);
    }

    @Test
    void shouldReuseTheDrlOfAWorkbookWhoseBytesAreUnchanged() {
        byte[] bands = BrokenWorkbooks.shipped().all().get(BANDS);
        List<GeneratedDrl> first = WorkbookSheets.drlOf(BANDS, bands, new ArrayList<>());
        List<GeneratedDrl> again = WorkbookSheets.drlOf(BANDS, bands.clone(), new ArrayList<>());
        assertThat(again).isSameAs(first);
    }

    @Test
    void shouldTurnAWorkbookIntoDrlAgainWhenOneCellChanged() {
        byte[] changed = BrokenWorkbooks.withCell("xep-loai.drl.xlsx", BAND_SHEET, "B12", "Tốt (đổi tên)").all().get(BANDS);
        List<GeneratedDrl> tables = WorkbookSheets.drlOf(BANDS, changed, new ArrayList<>());
        assertThat(tables).filteredOn(t -> t.sheet().equals(BAND_SHEET)).singleElement()
                .satisfies(t -> assertThat(t.drl()).contains("row.setLabel(\"Tốt (đổi tên)\");"));
    }

    @Test
    void shouldReportTheCellProblemsOfAWorkbookEveryTimeItIsRead() {
        byte[] broken = BrokenWorkbooks.withCell("xep-loai.drl.xlsx", BAND_SHEET, "D12", "bảy mươi").all().get(BANDS);
        List<RuleProblem> first = new ArrayList<>();
        List<RuleProblem> again = new ArrayList<>();
        WorkbookSheets.drlOf(BANDS, broken, first);
        WorkbookSheets.drlOf(BANDS, broken, again);
        assertThat(first).hasSize(1).first().extracting(RuleProblem::location).isEqualTo(BANDS + "!" + BAND_SHEET + "!D12");
        assertThat(again).isEqualTo(first);
    }
}
