package vn.gov.sokhcn.kpi.ruleset.validation.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

/** The actual results written into a «Kiểm thử» sheet's expected cells, in place: the rest of the workbook stays. */
class ExpectedValuesTest {
    private static final String FILE = "decision-tables/cham-diem.drl.xlsx";

    private static CaseResult failing(int row, BigDecimal expectedScore, String expectedRating, BigDecimal actualScore,
                                      String actualRating) {
        return new CaseResult(FILE + "!Kiểm thử!A" + row, "CD-03", "", "CD-03", expectedScore, expectedRating, actualScore,
                actualRating, null);
    }

    @Test
    void shouldWriteOnlyTheExpectationsThatDifferAndKeepTheWorkbooksFormatting() throws Exception {
        byte[] before = Files.readAllBytes(Path.of(FILE));

        ExpectedValues.Edited edited = ExpectedValues.write(before, List.of(
                failing(4, new BigDecimal("70"), "HTTNV", new BigDecimal("70.00"), "HTNV")));

        assertThat(edited.written()).extracting(w -> w.cell() + ": " + w.before() + " → " + w.after())
                .containsExactly("Kiểm thử!V4: HTTNV → HTNV");
        try (Workbook was = WorkbookFactory.create(new ByteArrayInputStream(before));
             Workbook now = WorkbookFactory.create(new ByteArrayInputStream(edited.workbook()))) {
            Sheet tests = now.getSheet("Kiểm thử");
            assertThat(tests.getRow(3).getCell(21).getStringCellValue()).isEqualTo("HTNV");
            assertThat(tests.getRow(3).getCell(21).getCellStyle().getIndex())
                    .isEqualTo(was.getSheet("Kiểm thử").getRow(3).getCell(21).getCellStyle().getIndex());
            assertThat(now.getNumberOfSheets()).isEqualTo(was.getNumberOfSheets());
            for (int s = 0; s < was.getNumberOfSheets(); s++) {
                assertThat(now.getSheetAt(s).getSheetName()).isEqualTo(was.getSheetAt(s).getSheetName());
                assertThat(now.getSheetAt(s).getDataValidations()).hasSameSizeAs(was.getSheetAt(s).getDataValidations());
                assertThat(now.getSheetAt(s).getNumMergedRegions()).isEqualTo(was.getSheetAt(s).getNumMergedRegions());
            }
        }
        List<CaseRow> rows = CaseSheet.read(FILE, edited.workbook()).rows();
        assertThat(rows.get(2).text(CaseColumn.EXPECTED_RATING)).isEqualTo("HTNV");
    }

    @Test
    void shouldWriteAScoreAsANumberRoundedToHundredths() {
        byte[] before = read();

        ExpectedValues.Edited edited = ExpectedValues.write(before, List.of(
                failing(4, new BigDecimal("70"), "HTTNV", new BigDecimal("72.456"), "HTTNV")));

        assertThat(edited.written()).extracting(w -> w.cell() + ": " + w.before() + " → " + w.after())
                .containsExactly("Kiểm thử!U4: 70 → 72,46");
        assertThat(CaseSheet.read(FILE, edited.workbook()).rows().get(2).number(CaseColumn.EXPECTED_SCORE)).isEqualTo(72.46);
    }

    private static byte[] read() {
        try {
            return Files.readAllBytes(Path.of(FILE));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
