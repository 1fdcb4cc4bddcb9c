package vn.gov.sokhcn.kpi.console.appraisal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gov.sokhcn.kpi.appraisal.AppraisalRow;
import vn.gov.sokhcn.kpi.appraisal.Appraisals;
import vn.gov.sokhcn.kpi.appraisal.complaint.ComplaintRequests;
import vn.gov.sokhcn.kpi.appraisal.complaint.Complaints;
import vn.gov.sokhcn.kpi.appraisal.complaint.Resolutions;
import vn.gov.sokhcn.kpi.appraisal.step.AppraisalView;
import vn.gov.sokhcn.kpi.appraisal.step.AppraisalViews;
import vn.gov.sokhcn.kpi.appraisal.step.Decisions;
import vn.gov.sokhcn.kpi.appraisal.step.SelfAssessments;
import vn.gov.sokhcn.kpi.appraisal.step.StepRequests;
import vn.gov.sokhcn.kpi.appraisal.step.UnitReviews;
import vn.gov.sokhcn.kpi.evaluation.facts.Rating;

/**
 * {@code /appraisals/{id}}: one appraisal (the run's proposal beside the decision, every step) and the form
 * of the step that waits for the signed-in user. A sent form goes to the same service as the API; done, the
 * page is shown again with a notice (POST-redirect-GET); refused, the page is shown with the service's
 * Vietnamese reasons, the status the API would answer and what was typed.
 */
@Controller
class AppraisalPageController {
    private final AppraisalViews views;
    private final Appraisals appraisals;
    private final StepForms forms;
    private final SelfAssessments selfAssessments;
    private final UnitReviews unitReviews;
    private final Decisions decisions;
    private final Complaints complaints;
    private final Resolutions resolutions;

    AppraisalPageController(AppraisalViews views, Appraisals appraisals, StepForms forms, SelfAssessments selfAssessments,
                            UnitReviews unitReviews, Decisions decisions, Complaints complaints, Resolutions resolutions) {
        this.views = views;
        this.appraisals = appraisals;
        this.forms = forms;
        this.selfAssessments = selfAssessments;
        this.unitReviews = unitReviews;
        this.decisions = decisions;
        this.complaints = complaints;
        this.resolutions = resolutions;
    }

    /** A reason of the run's proposal: its sentence and the table cell or rule it comes from. */
    record Reason(String message, String source) {
    }

    @GetMapping("/appraisals/{id}")
    String one(@PathVariable long id, Model model) {
        return page(id, model, Map.of(), List.of(), null);
    }

    @PostMapping("/appraisals/{id}/self-assessment")
    String selfAssess(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
                      HttpServletResponse response, RedirectAttributes redirect) {
        return step(id, "self-assessment", form, model, response, redirect, "Đã gửi bản tự đánh giá.", values -> {
            List<StepRequests.AssignmentComment> comments = new ArrayList<>();
            form.forEach((name, value) -> {
                if (name.startsWith("comment-") && value != null && !value.isBlank()) {
                    comments.add(new StepRequests.AssignmentComment(name.substring("comment-".length()), value.strip()));
                }
            });
            var request = new StepRequests.SelfAssessment(values.text("text"), values.rating("proposedRating", "Mức xếp loại tự đề xuất"),
                    new StepRequests.Criteria(values.number("politics", "Chính trị, tư tưởng"),
                            values.number("ethics", "Đạo đức, lối sống"), values.number("style", "Tác phong, lề lối làm việc"),
                            values.number("discipline", "Ý thức tổ chức kỷ luật")), comments);
            return () -> selfAssessments.submit(id, request);
        });
    }

    @PostMapping("/appraisals/{id}/unit-review")
    String review(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        return step(id, "unit-review", form, model, response, redirect, "Đã ghi nhận xét của đơn vị.", values -> {
            var request = new StepRequests.UnitReview(values.date("meetingDate", "Ngày họp"),
                    values.whole("present", "Số người dự họp"), values.text("summary"),
                    values.rating("proposedRating", "Mức xếp loại đơn vị đề xuất"));
            return () -> unitReviews.record(id, request);
        });
    }

    @PostMapping("/appraisals/{id}/decision")
    String decide(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        return step(id, "decision", form, model, response, redirect, "Đã quyết định xếp loại.", values -> {
            var request = new StepRequests.Decision(values.rating("rating", "Mức xếp loại quyết định"), values.text("reason"),
                    values.text("superiorDecisionNo"));
            return () -> decisions.decide(id, request);
        });
    }

    @PostMapping("/appraisals/{id}/complaints")
    String complain(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
                    HttpServletResponse response, RedirectAttributes redirect) {
        return step(id, "complaint", form, model, response, redirect, "Đã gửi khiếu nại.", values -> {
            var request = new ComplaintRequests.Filing(values.text("text"));
            return () -> complaints.file(id, request);
        });
    }

    @PostMapping("/appraisal-complaints/{complaint}/resolution")
    String resolve(@PathVariable long complaint, @RequestParam long appraisal, @RequestParam Map<String, String> form,
                   Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return step(appraisal, "resolution", form, model, response, redirect, "Đã giải quyết khiếu nại số " + complaint + ".",
                values -> {
                    ComplaintRequests.Outcome outcome = switch (String.valueOf(values.text("outcome"))) {
                        case "UPHELD" -> ComplaintRequests.Outcome.UPHELD;
                        case "REJECTED" -> ComplaintRequests.Outcome.REJECTED;
                        default -> null;
                    };
                    var request = new ComplaintRequests.Resolution(outcome, values.text("reason"),
                            values.rating("rating", "Mức xếp loại mới"));
                    return () -> resolutions.resolve(complaint, request);
                });
    }

    /** Reads the form, takes the step, and answers the redirect or the page with the refusal. */
    private String step(long id, String name, Map<String, String> form, Model model, HttpServletResponse response,
                        RedirectAttributes redirect, String done, Function<FormValues, Runnable> read) {
        FormValues values = new FormValues(form);
        Runnable action = read.apply(values);
        Refusal refusal;
        if (values.unreadable().isEmpty()) {
            try {
                action.run();
                redirect.addFlashAttribute("notice", done);
                return "redirect:/appraisals/" + id;
            } catch (RuntimeException e) {
                refusal = Refusal.of(e);
            }
        } else {
            refusal = Refusal.badInput(values.unreadable());
        }
        response.setStatus(refusal.status().value());
        return page(id, model, form, refusal.messages(), name);
    }

    private String page(long id, Model model, Map<String, String> form, List<String> errors, String failed) {
        AppraisalView view = views.view(id);
        AppraisalRow row = appraisals.get(id);
        model.addAttribute("a", view);
        model.addAttribute("reasons", view.proposed() == null ? List.of() : view.proposed().reasons().stream()
                .map(r -> new Reason(r.path("message").asString(""), r.path("source").asString(null))).toList());
        model.addAttribute("forms", forms.of(row, view));
        model.addAttribute("stepLines", view.steps().stream().collect(Collectors.toMap(AppraisalView.StepView::id,
                StepLines::of)));
        model.addAttribute("ratings", Rating.CODES_BEST_FIRST.stream().map(Rating::valueOf).toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("failed", failed);
        return "appraisal/appraisal";
    }
}
