package vn.gov.sokhcn.kpi.ruleset.validation.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import vn.gov.sokhcn.kpi.evaluation.Evaluations;
import vn.gov.sokhcn.kpi.evaluation.RuleSessionRunner;
import vn.gov.sokhcn.kpi.evaluation.api.FactAssembler;
import vn.gov.sokhcn.kpi.evaluation.api.ResultAssembler;
import vn.gov.sokhcn.kpi.ruleset.RuleFolders;
import vn.gov.sokhcn.kpi.ruleset.RuleProblem;
import vn.gov.sokhcn.kpi.ruleset.compile.RuleSetCompiler;
import vn.gov.sokhcn.kpi.ruleset.RuleSetFiles;
import vn.gov.sokhcn.kpi.ruleset.RuleSetLoader;

/** The «Kiểm thử» sheets of the workbooks, run with the rule set they belong to. */
class WorkbookTestCasesTest {
    private static final String XEP_LOAI = "decision-tables/xep-loai.drl.xlsx";
    private final WorkbookTestRunner runner = new WorkbookTestRunner(new FactAssembler(), new RuleSessionRunner(), new ResultAssembler());
    private final WorkbookTestCases check = new WorkbookTestCases(runner);

    @Test
    void shouldPassEveryCaseOfTheShippedWorkbooks() {
        WorkbookTestRunner.Report report = runner.run(shipped(), Evaluations.shippedRuleSet());

        assertThat(report.unreadable()).isEmpty();
        assertThat(report.cases()).filteredOn(c -> !c.passed()).extracting(CaseResult::message).isEmpty();
        assertThat(report.cases()).hasSize(13 + 10 + 24 + 16 + 35) // a row per person
                .extracting(CaseResult::caseId).contains("CD-09", "CA-06", "HM-01", "HM-04", "HM-05", "LD-06", "XL-18", "XL-19",
                        "XL-20", "XL-25", "XL-26", "XL-30");
        assertThat(check.check(shipped(), Evaluations.shippedRuleSet())).isEmpty();
    }

    @Test
    void shouldFailExactlyTheCasesOfAChangedBand() {
        RuleSetFiles files = changed(XEP_LOAI, wb -> {
            set(wb, "Khung điểm", "D19", 91); // Decree 335: HTXSNV from 91 instead of 90
            set(wb, "Khung điểm", "E20", 91);
        });

        List<RuleProblem> problems = check.check(files, new RuleSetCompiler().compile(2, files));

        assertThat(problems).containsExactly(new RuleProblem(XEP_LOAI + "!Kiểm thử!A4",
                "Ca XL-03 «2026: 90 điểm là Xuất sắc, hạn mức cho phép 1 người trên 5 người Tốt» (cán bộ A): "
                        + "mong đợi 90 điểm, xếp loại HTXSNV; thực tế 90 điểm, xếp loại HTTNV"));
    }

    @Test
    void shouldCountTheFailingCasesInOneLineWhileATableHasAProblem() {
        RuleSetFiles files = changed(XEP_LOAI, wb -> set(wb, "Khung điểm", "D20", 75)); // a gap 70–75
        RuleProblem gap = new RuleProblem(XEP_LOAI + "!Khung điểm!E21", "thiếu khoảng 70–75");

        List<RuleProblem> problems = check.check(files, new RuleSetCompiler().compile(5, files), List.of(gap));

        assertThat(problems).containsExactly(new RuleProblem(XEP_LOAI,
                "32 ca kiểm thử không chạy được vì lỗi trên (cham-diem.drl.xlsx: 3, han-muc.drl.xlsx: 22, xep-loai.drl.xlsx: 7)"));
    }

    @Test
    void shouldCountEveryCaseOfASetThatDidNotCompile() {
        RuleProblem wrongType = new RuleProblem("rules/rating/pilot.drl:42", "lỗi");

        assertThat(check.notRun(shipped(), List.of(wrongType))).containsExactly(new RuleProblem("rules/rating/pilot.drl",
                "98 ca kiểm thử không chạy được vì lỗi trên (cham-diem.drl.xlsx: 13, che-do-ap-dung.drl.xlsx: 10, "
                        + "han-muc.drl.xlsx: 24, lanh-dao.drl.xlsx: 16, xep-loai.drl.xlsx: 35)"));
        assertThat(check.notRun(shipped(), List.of())).isEmpty();
    }

    @Test
    void shouldReportAMalformedCaseCellAtItsCell() {
        RuleSetFiles files = changed(XEP_LOAI, wb -> {
            set(wb, "Kiểm thử", "N2", "chín mươi");
            set(wb, "Kiểm thử", "O3", "XUAT SAC");
            set(wb, "Kiểm thử", "C10", "03/2026");
        });

        List<RuleProblem> problems = check.check(files, Evaluations.shippedRuleSet());

        assertThat(problems).containsExactly(
                new RuleProblem(XEP_LOAI + "!Kiểm thử!N2", "Cột «Điểm mong đợi»: cần một số (ví dụ 92,5), không phải «chín mươi»"),
                new RuleProblem(XEP_LOAI + "!Kiểm thử!O3",
                        "Cột «Xếp loại mong đợi»: xếp loại «XUAT SAC» không có; dùng HTXSNV, HTTNV, HTNV, KHTNV, NOT_RATED"),
                new RuleProblem(XEP_LOAI + "!Kiểm thử!C10",
                        "Cột «Kỳ»: mã kỳ phải có dạng 2026-05 (tháng), 2026-Q2 (quý) hoặc 2026 (năm), không phải «03/2026»"));
    }

    @Test
    void shouldAcceptWorkbooksWithoutATestSheet() {
        Map<String, byte[]> all = new HashMap<>(shipped().all());
        all.replaceAll((path, bytes) -> path.endsWith(".xlsx") ? withoutTestSheet(bytes) : bytes);
        RuleSetFiles files = new RuleSetFiles(all);

        assertThat(runner.run(files, new RuleSetCompiler().compile(3, files)).cases()).isEmpty();
        assertThat(check.check(files, Evaluations.shippedRuleSet())).isEmpty();
    }

    @Test
    void shouldNeverCompileTheTestSheetEvenIfItMentionsARuleTable() {
        RuleSetFiles files = changed(XEP_LOAI, wb -> set(wb, "Kiểm thử", "A30", "RuleTable Khung điểm"));

        assertThat(new RuleSetCompiler().compile(4, files).rows()).hasSameSizeAs(Evaluations.shippedRuleSet().rows());
    }

    @Test
    void shouldReportACaseThatCannotBeEvaluated() {
        RuleSetFiles files = changed(XEP_LOAI, wb -> set(wb, "Kiểm thử", "E10", 8)); // XL-04: politics above its 7.5 maximum

        List<RuleProblem> problems = check.check(files, Evaluations.shippedRuleSet());

        assertThat(problems).containsExactly(new RuleProblem(XEP_LOAI + "!Kiểm thử!A10",
                "Ca XL-04 «2026: 70 điểm là Tốt»: mong đợi 70 điểm, xếp loại HTTNV; thực tế không đánh giá được: "
                        + "Điểm tiêu chí «Chính trị tư tưởng» là 8, vượt mức tối đa 7,5 "
                        + "(decision-tables/cham-diem.drl.xlsx!Tiêu chí chung!B11)."));
    }

    static RuleSetFiles shipped() {
        return new RuleSetLoader(new RuleFolders(null, null)).load();
    }

    private static RuleSetFiles changed(String path, Consumer<Workbook> change) {
        Map<String, byte[]> all = new HashMap<>(shipped().all());
        all.put(path, edited(all.get(path), change));
        return new RuleSetFiles(all);
    }

    private static byte[] withoutTestSheet(byte[] bytes) {
        return edited(bytes, wb -> { // the bonus and staffing workbooks have no cases: their rules are not evaluations
            if (wb.getSheetIndex(RuleSetFiles.TEST_SHEET) >= 0) {
                wb.removeSheetAt(wb.getSheetIndex(RuleSetFiles.TEST_SHEET));
            }
        });
    }

    private static void set(Workbook wb, String sheet, String ref, Object value) {
        CellReference at = new CellReference(ref);
        Row row = wb.getSheet(sheet).getRow(at.getRow()) == null ? wb.getSheet(sheet).createRow(at.getRow())
                : wb.getSheet(sheet).getRow(at.getRow());
        Cell cell = row.getCell(at.getCol()) == null ? row.createCell(at.getCol()) : row.getCell(at.getCol());
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else {
            cell.setCellValue(value.toString());
        }
    }

    private static byte[] edited(byte[] bytes, Consumer<Workbook> change) {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            change.accept(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
