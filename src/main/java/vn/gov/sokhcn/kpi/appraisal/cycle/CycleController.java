package vn.gov.sokhcn.kpi.appraisal.cycle;

import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.sokhcn.kpi.system.PageResponse;
import vn.gov.sokhcn.kpi.system.Paging;

/**
 * Appraisal cycles: opened, re-evaluated and published by HR (the URL rules keep POST to HR and
 * administrators); read by everyone signed in, each seeing the people of their own scope.
 */
@RestController
@RequestMapping("/api/appraisal-cycles")
class CycleController {
    private final CycleOpening opening;
    private final CycleViews views;
    private final Publication publication;
    private final ReEvaluation reEvaluation;

    CycleController(CycleOpening opening, CycleViews views, Publication publication, ReEvaluation reEvaluation) {
        this.opening = opening;
        this.views = views;
        this.publication = publication;
        this.reEvaluation = reEvaluation;
    }

    @PostMapping
    ResponseEntity<CycleView> open(@RequestBody OpenCycleRequest request) {
        long id = opening.open(request);
        return ResponseEntity.created(URI.create("/api/appraisal-cycles/" + id)).body(views.view(id));
    }

    @GetMapping
    PageResponse<CycleView.Summary> list(@RequestParam(required = false) String period,
                                         @RequestParam(required = false) String agency,
                                         @RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size) {
        return views.list(period, agency, Paging.of(page, size));
    }

    @GetMapping("/{id}")
    CycleView view(@PathVariable long id) {
        return views.view(id);
    }

    @PostMapping("/{id}/publish")
    CycleView publish(@PathVariable long id) {
        publication.publish(id);
        return views.view(id);
    }

    @PostMapping("/{id}/re-evaluation")
    ReEvaluation.Outcome reEvaluate(@PathVariable long id) {
        return reEvaluation.reEvaluate(id);
    }
}
