package vn.gov.sokhcn.kpi.ruleset.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.sokhcn.kpi.ruleset.BrokenWorkbooks;
import vn.gov.sokhcn.kpi.ruleset.RuleProblem;
import vn.gov.sokhcn.kpi.ruleset.compile.RuleSetCompiler;
import vn.gov.sokhcn.kpi.ruleset.RuleSetFiles;

/** The checks of a compiled version: bands that cover every total once, splits that add up. */
class RuleSetChecksTest {
    private static final List<RuleSetCheck> CHECKS = List.of(new BandCoverage(), new ScaleTotals(), new RegimePeriods());
    private static final String BANDS = "xep-loai.drl.xlsx";
    private static final String AT_BANDS = "decision-tables/xep-loai.drl.xlsx!Khung điểm!";
    private static final String SCORES = "cham-diem.drl.xlsx";

    private static List<RuleProblem> problemsOf(RuleSetFiles files) {
        var compiled = new RuleSetCompiler().compile(1, files);
        return CHECKS.stream().flatMap(c -> c.check(files, compiled).stream()).toList();
    }

    @Test
    void shouldPassTheShippedRuleSet() {
        assertThat(problemsOf(BrokenWorkbooks.shipped())).isEmpty();
    }

    @Test
    void shouldNameAGapBetweenBands() {
        assertThat(problemsOf(BrokenWorkbooks.withCell(BANDS, "Khung điểm", "E16", 89))).containsExactly(new RuleProblem(
                AT_BANDS + "E16", "Chế độ «Nghị định 48/2023 (từ 15/9/2023)»: khung «HTTNV» kết thúc ở 89 (ô E16) nhưng khung «HTXSNV» bắt đầu ở 90"
                        + " (ô D15): thiếu khoảng 89–90",
                "ô E16 bằng ô D15: mỗi khung kết thúc đúng ở điểm bắt đầu của khung kế tiếp"));
    }

    @Test
    void shouldNameAnOverlapOfBands() {
        assertThat(problemsOf(BrokenWorkbooks.withCell(BANDS, "Khung điểm", "E16", 91))).containsExactly(new RuleProblem(
                AT_BANDS + "E16", "Chế độ «Nghị định 48/2023 (từ 15/9/2023)»: khung «HTTNV» kết thúc ở 91 (ô E16) nhưng khung «HTXSNV» bắt đầu ở 90"
                        + " (ô D15): chồng lấn khoảng 90–91",
                "ô E16 bằng ô D15: mỗi khung kết thúc đúng ở điểm bắt đầu của khung kế tiếp"));
    }

    @Test
    void shouldNameBandsThatDoNotStartAtZero() {
        assertThat(problemsOf(BrokenWorkbooks.withCell(BANDS, "Khung điểm", "D22", 10))).containsExactly(new RuleProblem(
                AT_BANDS + "D22", "Chế độ «Nghị định 335/2025 (từ 1/1/2026)»: khung thấp nhất «KHTNV» bắt đầu ở 10 (ô D22): thiếu khoảng 0–10",
                "khung thấp nhất bắt đầu ở 0"));
    }

    @Test
    void shouldNameAHighestBandWithAnEnd() {
        assertThat(problemsOf(BrokenWorkbooks.withCell(BANDS, "Khung điểm", "E11", 100))).containsExactly(new RuleProblem(
                AT_BANDS + "E11", "Chế độ «Thí điểm năm 2023 (Nghị định 90/2020)»: khung cao nhất «HTXSNV» kết thúc ở 100 (ô E11): tổng điểm từ 100 trở lên"
                        + " không có xếp loại",
                "ô E11 để trống (khung cao nhất không giới hạn)"));
    }

    @Test
    void shouldNameAScaleThatDoesNotTotal100() {
        assertThat(problemsOf(BrokenWorkbooks.withCell(SCORES, "Cơ cấu điểm", "D12", 60))).containsExactly(new RuleProblem(
                "decision-tables/cham-diem.drl.xlsx!Cơ cấu điểm!D12", "Chế độ «Nghị định 48/2023 (từ 15/9/2023)»: điểm kết quả nhiệm vụ tối đa 60"
                        + " (ô D12) cộng điểm tiêu chí chung tối đa 30 (ô E12) bằng 90, phải bằng 100",
                "ô D12 + ô E12 = 100"));
    }

    @Test
    void shouldNameCriteriaThatDoNotTotalTheGeneralMaximum() {
        assertThat(problemsOf(BrokenWorkbooks.withCell(SCORES, "Tiêu chí chung", "D14", 5))).containsExactly(new RuleProblem(
                "decision-tables/cham-diem.drl.xlsx!Tiêu chí chung!D14", "Tổng điểm tối đa các tiêu chí chung"
                        + " (D11–D14: 7.5 + 7.5 + 7.5 + 5) là 27.5 nhưng điểm tiêu chí chung tối đa là"
                        + " 30 ở chế độ «Thí điểm năm 2023 (Nghị định 90/2020)» (Cơ cấu điểm!E11), 30 ở chế độ «Nghị định 48/2023 (từ 15/9/2023)» (Cơ cấu điểm!E12),"
                        + " 30 ở chế độ «Nghị định 335/2025 (từ 1/1/2026)» (Cơ cấu điểm!E13); hai số phải bằng nhau",
                "tổng các ô D11–D14 bằng điểm tiêu chí chung tối đa của từng chế độ"));
    }

    @Test
    void shouldNameOverlappingRegimes() {
        assertThat(problemsOf(BrokenWorkbooks.withCell("che-do-ap-dung.drl.xlsx", "Chế độ áp dụng", "E12", "2026-02-01")))
                .containsExactly(new RuleProblem("decision-tables/che-do-ap-dung.drl.xlsx!Chế độ áp dụng!E12",
                        "Chế độ «Nghị định 48/2023 (từ 15/9/2023)» kết thúc trước ngày 2026-02-01 (ô E12) nhưng chế độ «Nghị định 335/2025 (từ 1/1/2026)» bắt đầu từ ngày"
                                + " 2026-01-01 (ô D13): hai chế độ chồng lấn",
                        "ô E12 bằng ô D13: mỗi chế độ kết thúc đúng ngày chế độ sau bắt đầu"));
    }

    @Test
    void shouldNameABandOfAnUnknownRegime() {
        assertThat(problemsOf(BrokenWorkbooks.withCell(BANDS, "Khung điểm", "C12", "PILOT_2024")))
                .contains(new RuleProblem(AT_BANDS + "C12", "Cột «Chế độ»: ô C12 ghi chế độ «PILOT_2024» không có trong"
                        + " bảng «Chế độ áp dụng»", "một mã chế độ của bảng «Chế độ áp dụng»: DECREE_335, DECREE_48, PILOT_2023"));
    }
}
