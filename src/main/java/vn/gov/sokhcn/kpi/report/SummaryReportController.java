package vn.gov.sokhcn.kpi.report;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reports/summary?from=&to=[&unit=]}: the summary report as JSON, or as an .xlsx workbook
 * when the request's {@code Accept} names the spreadsheet type. Administrators, HR officers and experts
 * see any unit; a unit head only their own unit and the units below it (their unit by default).
 */
@RestController
@Tag(name = "Báo cáo tổng kết", description = "Báo cáo tổng kết theo khoảng kỳ, toàn Sở hoặc một đơn vị: phân bố xếp loại, mức đạt KPI, thay đổi quy tắc, thử nghiệm, thưởng, nhân sự, đào tạo; JSON hoặc .xlsx theo tiêu đề Accept")
class SummaryReportController {
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final SummaryReports reports;

    SummaryReportController(SummaryReports reports) {
        this.reports = reports;
    }

    @GetMapping(value = "/api/reports/summary", produces = {MediaType.APPLICATION_JSON_VALUE,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    ResponseEntity<?> summary(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                              @RequestParam(required = false) String unit,
                              @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        SummaryReport report = reports.report(from, to, unit);
        if (!wantsWorkbook(accept)) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
        }
        return workbook(report);
    }

    static ResponseEntity<byte[]> workbook(SummaryReport report) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(SummaryWorkbook.fileName(report)).build().toString())
                .body(SummaryWorkbook.write(report));
    }

    /** The workbook when the Accept header names its type (with a quality above 0); JSON otherwise. */
    private static boolean wantsWorkbook(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        return MediaType.parseMediaTypes(accept).stream()
                .anyMatch(type -> type.equalsTypeAndSubtype(XLSX) && type.getQualityValue() > 0);
    }
}
