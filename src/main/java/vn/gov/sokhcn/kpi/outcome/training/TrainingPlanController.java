package vn.gov.sokhcn.kpi.outcome.training;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Training plans from competency gaps: a unit's (needs per competency) and a person's (needs by gap). */
@RestController
class TrainingPlanController {
    private final TrainingPlans plans;

    TrainingPlanController(TrainingPlans plans) {
        this.plans = plans;
    }

    @GetMapping("/api/training-plan")
    TrainingPlans.UnitPlan unit(@RequestParam String unit) {
        return plans.ofUnit(unit);
    }

    @GetMapping("/api/employees/{code}/training-plan")
    TrainingPlans.PersonPlan employee(@PathVariable String code) {
        return plans.ofEmployee(code);
    }
}
