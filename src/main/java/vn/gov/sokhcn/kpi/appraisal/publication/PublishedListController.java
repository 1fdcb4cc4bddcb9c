package vn.gov.sokhcn.kpi.appraisal.publication;

import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Công bố đánh giá, xếp loại", description = "Danh sách xếp loại đã công bố của một kỳ đánh giá, xếp loại (JSON, .xlsx) và phiếu đánh giá, xếp loại chất lượng của từng người (PDF)")
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
        byte[] body = PublishedWorkbook.write(list);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(PublishedWorkbook.fileName(list)).build().toString())
                .body(body);
    }
}
