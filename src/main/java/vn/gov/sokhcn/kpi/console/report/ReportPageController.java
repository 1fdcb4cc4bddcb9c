package vn.gov.sokhcn.kpi.console.report;

import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import vn.gov.sokhcn.kpi.system.FieldProblem;
import vn.gov.sokhcn.kpi.system.InvalidRequestException;
import vn.gov.sokhcn.kpi.report.SummaryReport;
import vn.gov.sokhcn.kpi.report.SummaryReports;
import vn.gov.sokhcn.kpi.report.SummaryWorkbook;
import vn.gov.sokhcn.kpi.system.NotFoundException;

/**
 * The page «Báo cáo tổng kết» ({@code /reports}): a form choosing the range and the unit (opening on the latest
 * period with a completed run), the report's
 * sections as tables with the rating distribution as a stacked bar chart, and the same workbook as the
 * API at {@code /reports/summary.xlsx}. Access as the API: administrators, HR officers, experts, unit heads
 * (their own unit and below).
 */
@Controller
class ReportPageController {
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final SummaryReports reports;
    private final ReportChoices choices;
    private final RatingChart chart;

    ReportPageController(SummaryReports reports, ReportChoices choices, RatingChart chart) {
        this.reports = reports;
        this.choices = choices;
        this.chart = chart;
    }

    @GetMapping("/reports")
    String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String unit, Model model) {
        List<ReportChoices.Option> periods = choices.periods();
        model.addAttribute("periods", periods);
        model.addAttribute("units", choices.units());
        if (from == null && to == null) { // the page opens on the latest period that was run, not on an empty form
            java.util.Optional<String> latest = choices.latest();
            if (latest.isEmpty()) {
                model.addAttribute("from", periods.isEmpty() ? null : periods.get(0).code());
                model.addAttribute("to", periods.isEmpty() ? null : periods.get(periods.size() - 1).code());
                model.addAttribute("unit", unit);
                return "reports/summary";
            }
            from = latest.get();
            to = latest.get();
        }
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("unit", unit);
        try {
            SummaryReport report = reports.report(from, to, unit);
            model.addAttribute("report", report);
            model.addAttribute("unit", report.range().unit());
            model.addAttribute("chart", chart.of(report));
            model.addAttribute("download", UriComponentsBuilder.fromPath("/reports/summary.xlsx").queryParam("from", from)
                    .queryParam("to", to).queryParamIfPresent("unit", java.util.Optional.ofNullable(unit).filter(u -> !u.isBlank()))
                    .encode().build().toUriString());
        } catch (InvalidRequestException e) {
            model.addAttribute("problems", e.problems().stream().map(FieldProblem::message).toList());
        } catch (NotFoundException e) {
            model.addAttribute("problems", List.of(e.getMessage()));
        }
        return "reports/summary";
    }

    @GetMapping("/reports/summary.xlsx")
    ResponseEntity<byte[]> workbook(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                    @RequestParam(required = false) String unit) {
        SummaryReport report = reports.report(from, to, unit);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(SummaryWorkbook.fileName(report)).build().toString())
                .body(SummaryWorkbook.write(report));
    }
}
