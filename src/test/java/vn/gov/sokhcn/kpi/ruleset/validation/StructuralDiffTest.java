package vn.gov.sokhcn.kpi.ruleset.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.sokhcn.kpi.ruleset.BrokenWorkbooks;
import vn.gov.sokhcn.kpi.ruleset.RuleSetFiles;

/** Structural changes (code and header rows, DRL) apart from data changes, each with before and after. */
class StructuralDiffTest {
    private static final RuleSetFiles SHIPPED = BrokenWorkbooks.shipped();

    @Test
    void shouldFindNoChangeBetweenASetAndItself() {
        assertThat(StructuralDiff.between(SHIPPED, BrokenWorkbooks.shipped())).isEmpty();
    }

    @Test
    void shouldMarkACodeRowChangeAsStructural() {
        var after = BrokenWorkbooks.withCell("xep-loai.drl.xlsx", "Khung điểm", "D9", "row.setFrom($param + 1);");
        assertThat(StructuralDiff.between(SHIPPED, after)).containsExactly(new RuleSetChange(
                RuleSetChange.Kind.HEADER_CELL, "decision-tables/xep-loai.drl.xlsx!Khung điểm!D9",
                "row.setFrom($param);", "row.setFrom($param + 1);", List.of()));
    }

    @Test
    void shouldMarkADataChangeAsNotStructural() {
        var after = BrokenWorkbooks.withCell("xep-loai.drl.xlsx", "Khung điểm", "D15", 85);
        List<RuleSetChange> changes = StructuralDiff.between(SHIPPED, after);
        assertThat(changes).containsExactly(new RuleSetChange(RuleSetChange.Kind.DATA_CELL,
                "decision-tables/xep-loai.drl.xlsx!Khung điểm!D15", "90", "85", List.of()));
        assertThat(changes.get(0).structural()).isFalse();
    }

    @Test
    void shouldListStructuralChangesBeforeDataChanges() {
        var after = BrokenWorkbooks.withCell(BrokenWorkbooks.withCell("xep-loai.drl.xlsx", "Khung điểm", "D15", 85),
                "xep-loai.drl.xlsx", "Khung điểm", "D10", "Điểm từ");
        assertThat(StructuralDiff.between(SHIPPED, after)).extracting(RuleSetChange::location, RuleSetChange::structural)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("decision-tables/xep-loai.drl.xlsx!Khung điểm!D10", true),
                        org.assertj.core.groups.Tuple.tuple("decision-tables/xep-loai.drl.xlsx!Khung điểm!D15", false));
    }

    @Test
    void shouldGiveAUnifiedDiffOfAChangedDrl() {
        String path = "rules/rating/band.drl";
        String before = new String(SHIPPED.all().get(path), StandardCharsets.UTF_8);
        List<String> lines = before.lines().toList();
        int changed = 2; // the third line
        var edited = new java.util.ArrayList<>(lines);
        edited.set(changed, edited.get(changed) + " // sửa");
        var after = BrokenWorkbooks.withFile(path, String.join("\n", edited) + "\n");
        List<RuleSetChange> changes = StructuralDiff.between(SHIPPED, after);
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(RuleSetChange.Kind.DRL);
            assertThat(c.location()).isEqualTo(path);
            assertThat(c.structural()).isTrue();
            assertThat(c.diff()).startsWith("--- a/" + path, "+++ b/" + path, "@@ -1,6 +1,6 @@")
                    .contains("-" + lines.get(changed), "+" + lines.get(changed) + " // sửa");
        });
    }

    @Test
    void shouldNameAddedAndRemovedFiles() {
        var files = new HashMap<>(SHIPPED.all());
        files.remove("decision-tables/han-muc.drl.xlsx");
        files.put("decision-tables/moi.drl.xlsx", SHIPPED.all().get("decision-tables/han-muc.drl.xlsx"));
        assertThat(StructuralDiff.between(SHIPPED, new RuleSetFiles(files))).extracting(RuleSetChange::kind, RuleSetChange::location)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(RuleSetChange.Kind.FILE_REMOVED, "decision-tables/han-muc.drl.xlsx"),
                        org.assertj.core.groups.Tuple.tuple(RuleSetChange.Kind.FILE_ADDED, "decision-tables/moi.drl.xlsx"));
    }

    @Test
    void shouldNameAddedAndRemovedSheets() throws Exception {
        String path = "decision-tables/xep-loai.drl.xlsx";
        byte[] changed;
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(SHIPPED.all().get(path)))) {
            wb.removeSheetAt(wb.getSheetIndex("Vi phạm"));
            wb.createSheet("Ghi chú").createRow(0).createCell(0).setCellValue("Ghi chú của phòng");
            var out = new java.io.ByteArrayOutputStream();
            wb.write(out);
            changed = out.toByteArray();
        }
        var files = new HashMap<>(SHIPPED.all());
        files.put(path, changed);
        assertThat(StructuralDiff.between(SHIPPED, new RuleSetFiles(files))).extracting(RuleSetChange::kind, RuleSetChange::location)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(RuleSetChange.Kind.SHEET_REMOVED, path + "!Vi phạm"),
                        org.assertj.core.groups.Tuple.tuple(RuleSetChange.Kind.SHEET_ADDED, path + "!Ghi chú"));
    }
}
