package vn.gov.sokhcn.kpi.appraisal.publication;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/appraisals/{id}/form.pdf}: the appraisal form (phiếu đánh giá, xếp loại chất lượng) as PDF. */
@Tag(name = "Công bố đánh giá, xếp loại")
@RestController
class AppraisalFormController {
    private final AppraisalForms forms;
    private final FormPdf pdf;

    AppraisalFormController(AppraisalForms forms, FormPdf pdf) {
        this.forms = forms;
        this.pdf = pdf;
    }

    @GetMapping("/api/appraisals/{id}/form.pdf")
    ResponseEntity<byte[]> form(@PathVariable long id) {
        FormViews.Form form = forms.form(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("phieu-danh-gia-" + form.code() + "-" + form.id() + ".pdf").build().toString())
                .body(pdf.render(form));
    }
}
