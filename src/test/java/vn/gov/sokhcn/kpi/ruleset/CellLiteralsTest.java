package vn.gov.sokhcn.kpi.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.sokhcn.kpi.ruleset.compile.RuleSetCompiler;

/** Every data cell must be a plain literal of its column's type; anything else is refused before compiling. */
class CellLiteralsTest {
    private static final String BANDS = "xep-loai.drl.xlsx";
    private static final String BAND_SHEET = "Khung điểm";
    private static final String AT_BANDS = "decision-tables/xep-loai.drl.xlsx!Khung điểm!";

    private static List<RuleProblem> problemsOf(RuleSetFiles files) {
        return catchThrowableOfType(RuleSetProblemsException.class, () -> new RuleSetCompiler().compile(1, files)).problems();
    }

    private static void assertOnly(RuleSetFiles files, String location, String message, String expected) {
        assertThat(problemsOf(files)).containsExactly(new RuleProblem(location, message, expected));
    }

    @Test
    void shouldRefuseCurlyQuotesInATextCell() {
        assertOnly(BrokenWorkbooks.withCell(BANDS, BAND_SHEET, "F12", "“HTTNV”"), AT_BANDS + "F12",
                "Cột «Xếp loại»: ô F12 đang có «“HTTNV”»: có dấu nháy cong (do Excel tự sửa); hãy bỏ dấu nháy",
                CellLiterals.TEXT_EXPECTED);
    }

    @Test
    void shouldRefuseAPercentFormattedNumber() {
        assertOnly(BrokenWorkbooks.withFormattedNumber("han-muc.drl.xlsx", "Hạn mức HTXSNV", "E11", 0.2, "0%"),
                "decision-tables/han-muc.drl.xlsx!Hạn mức HTXSNV!E11",
                "Cột «Tỷ lệ tối đa (%)»: ô E11 đang ở định dạng phần trăm nên Excel lưu 20% thành 0.2; "
                        + "hãy ghi số phần trăm (ví dụ 20) ở định dạng General",
                CellLiterals.NUMBER_EXPECTED);
    }

    @Test
    void shouldRefuseADateFormattedNumber() {
        assertOnly(BrokenWorkbooks.withFormattedNumber(BANDS, BAND_SHEET, "D12", 70, "dd/mm/yyyy"), AT_BANDS + "D12",
                "Cột «Điểm từ (≥)»: ô D12 đang ở định dạng ngày (hiện «10/03/1900», Excel lưu số 70); "
                        + "hãy ghi một số ở định dạng General hoặc Number",
                CellLiterals.NUMBER_EXPECTED);
    }

    @Test
    void shouldRefuseStraySpacesAroundANumber() {
        assertOnly(BrokenWorkbooks.withCell(BANDS, BAND_SHEET, "D12", " 70"), AT_BANDS + "D12",
                "Cột «Điểm từ (≥)»: cần một số (ví dụ 90 hoặc 72.5) ở ô D12; đang có « 70»: có dấu cách thừa ở đầu hoặc cuối",
                CellLiterals.NUMBER_EXPECTED);
    }

    @Test
    void shouldRefuseStraySpacesAroundAText() {
        assertOnly(BrokenWorkbooks.withCell(BANDS, BAND_SHEET, "C12", "PILOT_2023 "), AT_BANDS + "C12",
                "Cột «Chế độ»: ô C12 đang có «PILOT_2023 »: có dấu cách thừa ở đầu hoặc cuối",
                CellLiterals.TEXT_EXPECTED);
    }

    @Test
    void shouldRefuseAMethodCallInANumberCell() {
        assertOnly(BrokenWorkbooks.withCell(BANDS, BAND_SHEET, "D12", "Math.max(70, 0)"), AT_BANDS + "D12",
                "Cột «Điểm từ (≥)»: cần một số (ví dụ 90 hoặc 72.5) ở ô D12; đang có «Math.max(70, 0)»: "
                        + "có lời gọi hàm — ô dữ liệu không được chứa mã",
                CellLiterals.NUMBER_EXPECTED);
    }

    @Test
    void shouldRefuseAStatementInANumberCell() {
        assertOnly(BrokenWorkbooks.withCell(BANDS, BAND_SHEET, "D12", "70; System.exit(0)"), AT_BANDS + "D12",
                "Cột «Điểm từ (≥)»: cần một số (ví dụ 90 hoặc 72.5) ở ô D12; đang có «70; System.exit(0)»: "
                        + "có câu lệnh (dấu chấm phẩy «;») — ô dữ liệu không được chứa mã",
                CellLiterals.NUMBER_EXPECTED);
    }

    @Test
    void shouldRefuseAClosingQuoteFollowedByCodeInATextCell() {
        assertOnly(BrokenWorkbooks.withCell(BANDS, BAND_SHEET, "F12", "HTTNV\"); System.exit(0); //"), AT_BANDS + "F12",
                "Cột «Xếp loại»: ô F12 đang có «HTTNV\"); System.exit(0); //»: có dấu nháy kép và phần sau nó "
                        + "(«); System.exit(0); //») sẽ thành mã quy tắc — ô dữ liệu không được chứa mã",
                CellLiterals.TEXT_EXPECTED);
    }

    @Test
    void shouldRefuseAnOperatorInANumberCell() {
        assertOnly(BrokenWorkbooks.withCell(BANDS, BAND_SHEET, "D12", "60 + 10"), AT_BANDS + "D12",
                "Cột «Điểm từ (≥)»: cần một số (ví dụ 90 hoặc 72.5) ở ô D12; đang có «60 + 10»: "
                        + "có phép tính hoặc toán tử; hãy ghi kết quả là một số",
                CellLiterals.NUMBER_EXPECTED);
    }

    @Test
    void shouldRefuseANameInANumberCell() {
        assertOnly(BrokenWorkbooks.withCell(BANDS, BAND_SHEET, "D12", "HTTNV"), AT_BANDS + "D12",
                "Cột «Điểm từ (≥)»: cần một số (ví dụ 90 hoặc 72.5) ở ô D12; đang có «HTTNV»: là chữ, không phải số",
                CellLiterals.NUMBER_EXPECTED);
    }

    @Test
    void shouldRefuseADecimalComma() {
        assertOnly(BrokenWorkbooks.withCell(BANDS, BAND_SHEET, "D12", "72,5"), AT_BANDS + "D12",
                "Cột «Điểm từ (≥)»: cần một số (ví dụ 90 hoặc 72.5) ở ô D12; đang có «72,5»: "
                        + "dùng dấu phẩy thập phân; hãy ghi 72.5",
                CellLiterals.NUMBER_EXPECTED);
    }

    @Test
    void shouldNameTheCellOfAnUnknownRatingCode() {
        assertThat(problemsOf(BrokenWorkbooks.withCell(BANDS, BAND_SHEET, "F12", "HTT"))).containsExactly(new RuleProblem(
                AT_BANDS + "F12", "Cột «Xếp loại»: Mã xếp loại không hợp lệ: \"HTT\" "
                        + "(chỉ được dùng HTXSNV, HTTNV, HTNV, KHTNV hoặc NOT_RATED)"));
    }

    @Test
    void shouldAcceptEveryCellOfTheShippedWorkbooks() {
        assertThat(new RuleSetCompiler().compile(1, BrokenWorkbooks.shipped()).rows()).isNotEmpty();
    }

    @Test
    void shouldRefuseABadLiteralInADataCellOfTheSecondBlockOfASheet() {
        String hostile = "KHTNV\"); System.exit(0); //";
        var files = new java.util.HashMap<>(BrokenWorkbooks.shipped().all());
        String path = "decision-tables/" + BANDS;
        files.put(path, vn.gov.sokhcn.kpi.console.RuleWorkbooks.withSecondViolationBlock(files.get(path),
                "row.setRatingCode(\"$param\");", hostile));
        RuleSetFiles twoBlocks = new RuleSetFiles(files);
        RuleProblem expected = new RuleProblem(path + "!Vi phạm!D20", "Cột «Xếp loại»: ô D20 đang có «" + hostile + "»: "
                + LiteralText.whyNotAText(hostile), CellLiterals.TEXT_EXPECTED);
        assertThat(problemsOf(twoBlocks)).containsExactly(expected);
        assertThat(vn.gov.sokhcn.kpi.ruleset.confinement.RuleCodeConfinement.check(twoBlocks)).containsExactly(expected);
    }
}
