package vn.gov.sokhcn.kpi.trial;

import java.net.URI;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Trials of candidate rule sets: {@code /api/trials} (ADMIN, HR_OFFICER, EXPERT by the URL rules). */
@RestController
@RequestMapping("/api/trials")
class TrialController {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final TrialService trials;

    TrialController(TrialService trials) {
        this.trials = trials;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TrialComparison> run(@RequestBody(required = false) TrialRequest request) {
        TrialComparison comparison = trials.run(request);
        return ResponseEntity.created(URI.create("/api/trials/" + comparison.id())).body(comparison);
    }

    @GetMapping
    List<TrialSummary> all() {
        return trials.all();
    }

    @GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> one(@PathVariable long id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(trials.json(id));
    }

    @GetMapping(value = "/{id}", produces = XLSX)
    ResponseEntity<byte[]> workbook(@PathVariable long id) {
        byte[] bytes = TrialWorkbook.of(trials.comparison(id));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("thu-nghiem-" + id + ".xlsx").build().toString())
                .body(bytes);
    }

    @GetMapping("/{id}.xlsx")
    ResponseEntity<byte[]> workbookFile(@PathVariable long id) {
        return workbook(id);
    }
}
