package vn.gov.sokhcn.kpi.console.data;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gov.sokhcn.kpi.evaluation.run.OfficialRuns;
import vn.gov.sokhcn.kpi.kpi.imports.ImportResult;
import vn.gov.sokhcn.kpi.kpi.imports.ImportService;
import vn.gov.sokhcn.kpi.kpi.imports.InvalidImportException;

/**
 * {@code /data} (HR officers and administrators): pick a period, download its import template, upload it
 * filled in (the import service: all rows or none, every bad cell listed), and evaluate the period again
 * officially (a new run with the rule set in force, as {@code POST /api/periods/{code}/runs}). A run of the
 * period RUNNING on any instance shows as a line that follows its progress ({@code js/run-progress.js}).
 */
@Controller
class DataPageController {
    private final PeriodChoices periods;
    private final ImportService imports;
    private final OfficialRuns runs;

    DataPageController(PeriodChoices periods, ImportService imports, OfficialRuns runs) {
        this.periods = periods;
        this.imports = imports;
        this.runs = runs;
    }

    @GetMapping("/data")
    String data(@RequestParam(required = false) String period, Model model) {
        List<PeriodChoices.Period> all = periods.all();
        String chosen = all.stream().map(PeriodChoices.Period::code).filter(c -> c.equals(period)).findFirst()
                .orElse(all.isEmpty() ? null : all.get(0).code());
        model.addAttribute("periods", all);
        model.addAttribute("period", chosen);
        model.addAttribute("lastRun", chosen == null ? null : periods.lastRun(chosen).orElse(null));
        model.addAttribute("running", chosen == null ? null : periods.running(chosen).orElse(null));
        if (period != null && !period.equals(chosen)) {
            model.addAttribute("error", "Không có kỳ «" + period + "»; đang hiện kỳ gần nhất.");
        }
        return "data/data";
    }

    @PostMapping("/data/import")
    String importFile(@RequestParam String period, @RequestParam(name = "file", required = false) MultipartFile file,
                      Model model, HttpServletResponse response) throws IOException {
        if (file == null || file.isEmpty()) {
            return refused(period, model, response, "Chưa chọn tệp: chọn tệp mẫu nhập đã điền (.xlsx hoặc .csv).");
        }
        try {
            ImportResult result = imports.importFile(period, file.getOriginalFilename(), file.getBytes());
            model.addAttribute("imported", result);
        } catch (InvalidImportException e) {
            model.addAttribute("importErrors", e.problems());
            return refused(period, model, response, "Tệp «" + file.getOriginalFilename() + "» có " + e.problems().size()
                    + " lỗi; không dữ liệu nào được ghi. Sửa các ô dưới đây rồi tải lên lại.");
        } catch (RuntimeException e) {
            return refused(period, model, response, "Không nhập được «" + file.getOriginalFilename() + "»: "
                    + DataRefusals.message(e));
        }
        return data(period, model);
    }

    @PostMapping("/data/runs")
    String run(@RequestParam String period, RedirectAttributes redirect) {
        try {
            long id = runs.run(period);
            PeriodChoices.LastRun run = periods.lastRun(period).orElseThrow();
            redirect.addFlashAttribute("notice", "Đã đánh giá lại kỳ " + period + " (lượt " + id + ", " + run.employees()
                    + " cán bộ, bộ quy tắc phiên bản " + run.ruleSetVersion() + ").");
        } catch (RuntimeException e) {
            redirect.addFlashAttribute("error", "Không đánh giá được kỳ " + period + ": " + DataRefusals.message(e));
        }
        redirect.addAttribute("period", period);
        return "redirect:/data";
    }

    private String refused(String period, Model model, HttpServletResponse response, String message) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("error", message);
        return data(period, model);
    }
}
