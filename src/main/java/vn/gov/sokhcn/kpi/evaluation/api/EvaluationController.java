package vn.gov.sokhcn.kpi.evaluation.api;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/evaluations")
class EvaluationController {
    private final EvaluationService service;

    EvaluationController(EvaluationService service) {
        this.service = service;
    }

    /** The request's constraints are checked once, by FactAssembler in the service. */
    @PostMapping
    EvaluationResponse evaluate(@RequestBody EvaluationRequest request) {
        return service.evaluate(request);
    }
}
