package vn.gov.sokhcn.kpi.ruleset.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.sokhcn.kpi.console.RuleWorkbooks;
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

    private static final String XEP_LOAI = "decision-tables/xep-loai.drl.xlsx";
    private static final String AT_VIOLATIONS = XEP_LOAI + "!Vi phạm!";

    private static RuleSetFiles withXepLoai(byte[] workbook) {
        var files = new HashMap<>(SHIPPED.all());
        files.put(XEP_LOAI, workbook);
        return new RuleSetFiles(files);
    }

    private static byte[] secondBlock(String code) {
        return RuleWorkbooks.withSecondViolationBlock(SHIPPED.all().get(XEP_LOAI), code, "KHTNV");
    }

    @Test
    void shouldMarkASecondRuleTableBlockBelowTheDataRowsAsStructural() {
        List<RuleSetChange> changes = StructuralDiff.between(SHIPPED, withXepLoai(secondBlock("row.setRatingCode(\"$param\" + \"\");")));
        assertThat(changes).filteredOn(RuleSetChange::structural).extracting(RuleSetChange::kind, RuleSetChange::location)
                .contains(tuple(RuleSetChange.Kind.HEADER_CELL, AT_VIOLATIONS + "B15"),
                        tuple(RuleSetChange.Kind.HEADER_CELL, AT_VIOLATIONS + "B16"),
                        tuple(RuleSetChange.Kind.HEADER_CELL, AT_VIOLATIONS + "B18"),
                        tuple(RuleSetChange.Kind.HEADER_CELL, AT_VIOLATIONS + "D18"),
                        tuple(RuleSetChange.Kind.HEADER_CELL, AT_VIOLATIONS + "D19"));
        assertThat(changes).filteredOn(c -> !c.structural()).extracting(RuleSetChange::location)
                .containsExactly(AT_VIOLATIONS + "B20", AT_VIOLATIONS + "C20", AT_VIOLATIONS + "D20");
        assertThat(changes.get(0)).isEqualTo(new RuleSetChange(RuleSetChange.Kind.HEADER_CELL, AT_VIOLATIONS + "B15", null,
                "RuleTable Vi phạm bổ sung", List.of()));
    }

    @Test
    void shouldMarkARemovedBlockAsStructural() {
        RuleSetFiles twoBlocks = withXepLoai(secondBlock("row.setRatingCode(\"$param\");"));
        assertThat(StructuralDiff.between(twoBlocks, SHIPPED)).filteredOn(RuleSetChange::structural)
                .extracting(RuleSetChange::location).contains(AT_VIOLATIONS + "B15", AT_VIOLATIONS + "D18");
    }

    @Test
    void shouldMarkAChangedCodeRowOfTheSecondBlockAsStructuralAndItsDataAsData() {
        RuleSetFiles twoBlocks = withXepLoai(secondBlock("row.setRatingCode(\"$param\");"));
        RuleSetFiles code = withXepLoai(secondBlock("row.setRatingCode(\"$param\" + \"\");"));
        assertThat(StructuralDiff.between(twoBlocks, code)).containsExactly(new RuleSetChange(RuleSetChange.Kind.HEADER_CELL,
                AT_VIOLATIONS + "D18", "row.setRatingCode(\"$param\");", "row.setRatingCode(\"$param\" + \"\");", List.of()));
        RuleSetFiles data = withXepLoai(RuleWorkbooks.withSecondViolationBlock(SHIPPED.all().get(XEP_LOAI),
                "row.setRatingCode(\"$param\");", "HTNV"));
        assertThat(StructuralDiff.between(twoBlocks, data)).containsExactly(new RuleSetChange(RuleSetChange.Kind.DATA_CELL,
                AT_VIOLATIONS + "D20", "KHTNV", "HTNV", List.of()));
    }

    @Test
    void shouldMarkABlockOnANewSheetAsStructural() {
        RuleSetFiles after = withXepLoai(RuleWorkbooks.withViolationBlockOnANewSheet(SHIPPED.all().get(XEP_LOAI)));
        assertThat(StructuralDiff.between(SHIPPED, after)).containsExactly(
                RuleSetChange.of(RuleSetChange.Kind.SHEET_ADDED, XEP_LOAI + "!Vi phạm thêm"));
    }

    @Test
    void shouldMarkAPropertyBelowTheDataRowsAsStructural() {
        // Drools reads «Functions» and the code beside it anywhere outside a table's data rows.
        var after = BrokenWorkbooks.withCell(BrokenWorkbooks.withCell("xep-loai.drl.xlsx", "Vi phạm", "B16", "Functions"),
                "xep-loai.drl.xlsx", "Vi phạm", "C16", "function void f() { }");
        assertThat(StructuralDiff.between(SHIPPED, after)).extracting(RuleSetChange::kind, RuleSetChange::location)
                .containsExactly(tuple(RuleSetChange.Kind.HEADER_CELL, AT_VIOLATIONS + "B16"),
                        tuple(RuleSetChange.Kind.HEADER_CELL, AT_VIOLATIONS + "C16"));
    }
}
