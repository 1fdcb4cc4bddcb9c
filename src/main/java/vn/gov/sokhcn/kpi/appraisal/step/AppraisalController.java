package vn.gov.sokhcn.kpi.appraisal.step;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One appraisal and its steps: the person's self-assessment, the unit's comments, the competent
 * person's decision. Each answers the appraisal as it stands after the step.
 */
@RestController
@RequestMapping("/api/appraisals/{id}")
class AppraisalController {
    private final AppraisalViews views;
    private final SelfAssessments selfAssessments;
    private final UnitReviews unitReviews;
    private final Decisions decisions;

    AppraisalController(AppraisalViews views, SelfAssessments selfAssessments, UnitReviews unitReviews, Decisions decisions) {
        this.views = views;
        this.selfAssessments = selfAssessments;
        this.unitReviews = unitReviews;
        this.decisions = decisions;
    }

    @GetMapping
    AppraisalView view(@PathVariable long id) {
        return views.view(id);
    }

    @PostMapping("/self-assessment")
    AppraisalView selfAssess(@PathVariable long id, @RequestBody StepRequests.SelfAssessment request) {
        selfAssessments.submit(id, request);
        return views.view(id);
    }

    @PostMapping("/unit-review")
    AppraisalView review(@PathVariable long id, @RequestBody StepRequests.UnitReview request) {
        unitReviews.record(id, request);
        return views.view(id);
    }

    @PostMapping("/decision")
    AppraisalView decide(@PathVariable long id, @RequestBody StepRequests.Decision request) {
        decisions.decide(id, request);
        return views.view(id);
    }
}
