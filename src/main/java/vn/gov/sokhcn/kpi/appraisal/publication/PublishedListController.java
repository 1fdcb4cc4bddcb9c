package vn.gov.sokhcn.kpi.appraisal.publication;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/appraisal-cycles/{id}/published} (JSON) and {@code .../published.xlsx}: the cycle's
 * published list, for everyone of its agency; HR and administrators also before publication (a preview).
 */
@RestController
class PublishedListController {
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PublishedList lists;

    PublishedListController(PublishedList lists) {
        this.lists = lists;
    }

    @GetMapping("/api/appraisal-cycles/{id}/published")
    PublishedList.View published(@PathVariable long id) {
        return lists.of(id);
    }

    @GetMapping("/api/appraisal-cycles/{id}/published.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable long id) {
        PublishedList.View list = lists.of(id);
        byte[] body = PublishedWorkbook.write(list, lists.header(id).periodLabel());
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(PublishedWorkbook.fileName(list)).build().toString())
                .body(body);
    }
}
