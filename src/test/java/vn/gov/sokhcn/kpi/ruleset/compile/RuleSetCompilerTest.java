package vn.gov.sokhcn.kpi.ruleset.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.sokhcn.kpi.ruleset.BrokenWorkbooks;
import vn.gov.sokhcn.kpi.ruleset.CompiledRuleSet;
import vn.gov.sokhcn.kpi.ruleset.RuleProblem;
import vn.gov.sokhcn.kpi.ruleset.RuleSetFiles;
import vn.gov.sokhcn.kpi.ruleset.RuleSetProblemsException;

class RuleSetCompilerTest {

    private static List<RuleProblem> problemsOf(RuleSetFiles files) {
        return catchThrowableOfType(RuleSetProblemsException.class, () -> new RuleSetCompiler().compile(1, files)).problems();
    }

    @Test
    void shouldBuildTheSameFilesOnceAndServeThemUnderEachVersion() {
        CompiledRuleSet first = new RuleSetCompiler().compile(11, BrokenWorkbooks.shipped());
        CompiledRuleSet again = new RuleSetCompiler().compile(12, BrokenWorkbooks.shipped());

        assertThat(first.version()).isEqualTo(11);
        assertThat(again.version()).isEqualTo(12);
        assertThat(again.sha256()).isEqualTo(first.sha256());
        assertThat(again.rows()).isSameAs(first.rows());
    }

    @Test
    void shouldBuildFilesThatDifferAgain() {
        CompiledRuleSet shipped = new RuleSetCompiler().compile(1, BrokenWorkbooks.shipped());
        RuleSetFiles changed = BrokenWorkbooks.withFile("rules/extra/note.drl", "package extra;\n");
        CompiledRuleSet other = new RuleSetCompiler().compile(1, changed);

        assertThat(other.sha256()).isEqualTo(changed.sha256()).isNotEqualTo(shipped.sha256());
        assertThat(other.rows()).isNotSameAs(shipped.rows()).hasSameSizeAs(shipped.rows());
    }

    @Test
    void shouldNotKeepFilesThatDoNotCompile() {
        RuleSetFiles broken = BrokenWorkbooks.withFile("rules/extra/broken.drl", "package extra;\nrule \"x\" when then y( end\n");

        assertThat(problemsOf(broken)).isNotEmpty();
        assertThat(problemsOf(broken)).isNotEmpty();
    }

    @Test
    void shouldNameTheCellWhenANumberCellHoldsAWord() {
        var problems = problemsOf(BrokenWorkbooks.withCell("xep-loai.drl.xlsx", "Khung điểm", "D11", "abc"));
        problems.forEach(System.out::println);
        assertThat(problems).extracting(RuleProblem::location).contains("decision-tables/xep-loai.drl.xlsx!Khung điểm!D11");
    }

    @Test
    void shouldNameTheCellOfAnUnknownRatingCode() {
        var problems = problemsOf(BrokenWorkbooks.withCell("xep-loai.drl.xlsx", "Khung điểm", "F12", "HTT"));
        problems.forEach(System.out::println);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("decision-tables/xep-loai.drl.xlsx!Khung điểm!F12");
            assertThat(p.message()).contains("Xếp loại").contains("HTT").contains("HTXSNV, HTTNV, HTNV, KHTNV");
        });
    }

    @Test
    void shouldNameTheCellOfADateNotWrittenYearMonthDay() {
        var problems = problemsOf(BrokenWorkbooks.withCell("che-do-ap-dung.drl.xlsx", "Chế độ áp dụng", "E11", "15/09/2023"));
        problems.forEach(System.out::println);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("decision-tables/che-do-ap-dung.drl.xlsx!Chế độ áp dụng!E11");
            assertThat(p.message()).contains("15/09/2023").contains("năm-tháng-ngày");
        });
    }

    @Test
    void shouldNameTheCellOfScoreDecimalsTheStoredScoresCannotShow() {
        var problems = problemsOf(BrokenWorkbooks.withCell("cham-diem.drl.xlsx", "Cơ cấu điểm", "F13", 3));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("decision-tables/cham-diem.drl.xlsx!Cơ cấu điểm!F13");
            assertThat(p.message()).contains("Làm tròn tổng điểm (chữ số thập phân)")
                    .contains("phải là số nguyên từ 0 đến 2 (điểm được lưu với 2 chữ số thập phân)");
        });
    }

    @Test
    void shouldRefuseRuleCodeOutsideTheAllowListBeforeBuildingAnything() {
        String pilot = new String(shipped().all().get("rules/rating/pilot.drl"), java.nio.charset.StandardCharsets.UTF_8);
        var problems = problemsOf(BrokenWorkbooks.withFile("rules/rating/pilot.drl",
                pilot + "\nrule \"Dừng\"\nwhen\nthen\n    System.exit(0);\nend\n"));

        assertThat(problems).containsExactly(RuleProblem.atLine("rules/rating/pilot.drl", (int) pilot.lines().count() + 5,
                "Mã quy tắc dùng «java.lang.System», nằm ngoài những gì được phép dùng khi tính xếp loại (các lớp dữ kiện"
                        + " và dòng bảng của dự án, Math, java.math, java.time, chuỗi và tập hợp)."));
    }

    private static RuleSetFiles shipped() {
        return BrokenWorkbooks.shipped();
    }

    @Test
    void shouldNameTheLineOfABrokenDrl() {
        var problems = problemsOf(BrokenWorkbooks.withFile("rules/rating/band.drl",
                "package rating;\n\nrule \"Hỏng\"\nwhen\n    Foo( x == )\nthen\nend\n"));
        problems.forEach(System.out::println);
        assertThat(problems).extracting(RuleProblem::location).allMatch(l -> l.startsWith("rules/rating/band.drl:"));
    }

    @Test
    void shouldNameTheCellsOfRowProblemsInTheSecondBlockOfASheet() {
        var files = new java.util.HashMap<>(BrokenWorkbooks.shipped().all());
        String path = "decision-tables/xep-loai.drl.xlsx";
        files.put(path, vn.gov.sokhcn.kpi.console.RuleWorkbooks.withSecondViolationBlock(files.get(path),
                "row.setRatingCode(\"$param\");", "HTT"));
        // Both cells of the second block's one data row, each at its own column: the code is unknown, the rating too.
        assertThat(problemsOf(new RuleSetFiles(files))).extracting(RuleProblem::location, p -> p.message().substring(0, 14))
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(path + "!Vi phạm!D20", "Cột «Xếp loại»"),
                        org.assertj.core.groups.Tuple.tuple(path + "!Vi phạm!C20", "Cột «Mã vi phạ"));
    }
}
