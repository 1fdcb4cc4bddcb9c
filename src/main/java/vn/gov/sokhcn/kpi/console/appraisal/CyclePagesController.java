package vn.gov.sokhcn.kpi.console.appraisal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gov.sokhcn.kpi.appraisal.AppraisalAccess;
import vn.gov.sokhcn.kpi.appraisal.cycle.CycleOpening;
import vn.gov.sokhcn.kpi.appraisal.cycle.CycleView;
import vn.gov.sokhcn.kpi.appraisal.cycle.CycleViews;
import vn.gov.sokhcn.kpi.appraisal.cycle.OpenCycleRequest;
import vn.gov.sokhcn.kpi.appraisal.cycle.Publication;
import vn.gov.sokhcn.kpi.system.Paging;

/**
 * {@code /appraisal-cycles}: the cycles (HR opens one from the form), and one cycle with its progress per
 * unit, its appraisals and HR's «Công bố». Opening and publishing are HR's by the URL rules; what each
 * reader sees of a cycle is the service's answer ({@link CycleViews}).
 */
@Controller
@RequestMapping("/appraisal-cycles")
class CyclePagesController {
    private final CycleViews views;
    private final CycleOpening opening;
    private final Publication publication;
    private final CycleChoices choices;
    private final ProgressChart chart;
    private final AppraisalAccess access;

    CyclePagesController(CycleViews views, CycleOpening opening, Publication publication, CycleChoices choices,
                         ProgressChart chart, AppraisalAccess access) {
        this.access = access;
        this.views = views;
        this.opening = opening;
        this.publication = publication;
        this.choices = choices;
        this.chart = chart;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, Model model) {
        return list(model, Paging.of(page == null ? 0 : Math.max(page, 0), null), Map.of(), List.of());
    }

    @PostMapping
    String open(@RequestParam Map<String, String> form, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        FormValues values = new FormValues(form);
        var request = new OpenCycleRequest(values.text("period"), values.text("agency"),
                values.date("selfAssessmentDue", "Hạn tự đánh giá"), values.date("reviewDue", "Hạn họp nhận xét"),
                values.date("decisionDue", "Hạn quyết định"));
        Refusal refusal;
        if (values.unreadable().isEmpty()) {
            try {
                long id = opening.open(request);
                CycleView cycle = views.view(id);
                redirect.addFlashAttribute("notice", "Đã mở đợt đánh giá, xếp loại kỳ " + cycle.period() + " của "
                        + cycle.agencyName() + ": " + cycle.appraisals().size() + " người.");
                return "redirect:/appraisal-cycles/" + id;
            } catch (RuntimeException e) {
                refusal = Refusal.of(e);
            }
        } else {
            refusal = Refusal.badInput(values.unreadable());
        }
        response.setStatus(refusal.status().value());
        return list(model, Paging.of(0, null), form, refusal.messages());
    }

    @GetMapping("/{id}")
    String one(@PathVariable long id, Model model) {
        CycleView cycle = views.view(id);
        model.addAttribute("cycle", cycle);
        model.addAttribute("steps", CycleChoices.STEPS);
        model.addAttribute("progressChart", chart.of(cycle));
        return "appraisal/cycle";
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        try {
            publication.publish(id);
            redirect.addFlashAttribute("notice", "Đã công bố kết quả đánh giá, xếp loại của đợt số " + id + ".");
        } catch (RuntimeException e) {
            redirect.addFlashAttribute("error", Refusal.of(e).text());
        }
        return "redirect:/appraisal-cycles/" + id;
    }

    private String list(Model model, Paging paging, Map<String, String> form, List<String> errors) {
        model.addAttribute("cycles", views.list(null, null, paging));
        model.addAttribute("own", choices.ownAppraisals(access.me()));
        model.addAttribute("periods", choices.periods());
        model.addAttribute("agencies", choices.agencies());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "appraisal/cycles";
    }
}
