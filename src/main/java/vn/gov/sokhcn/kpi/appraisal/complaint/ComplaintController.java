package vn.gov.sokhcn.kpi.appraisal.complaint;

import java.net.URI;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Complaints against a published decision, and their resolution by the competent person. */
@RestController
class ComplaintController {
    private final Complaints complaints;
    private final Resolutions resolutions;

    ComplaintController(Complaints complaints, Resolutions resolutions) {
        this.complaints = complaints;
        this.resolutions = resolutions;
    }

    @PostMapping("/api/appraisals/{id}/complaints")
    ResponseEntity<Map<String, Object>> file(@PathVariable long id, @RequestBody ComplaintRequests.Filing request) {
        long complaint = complaints.file(id, request);
        return ResponseEntity.created(URI.create("/api/appraisals/" + id))
                .body(Map.of("complaint", complaint, "appraisal", id));
    }

    @PostMapping("/api/appraisal-complaints/{id}/resolution")
    Map<String, Object> resolve(@PathVariable long id, @RequestBody ComplaintRequests.Resolution request) {
        return Map.of("complaint", id, "appraisal", resolutions.resolve(id, request));
    }
}
