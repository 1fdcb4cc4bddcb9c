package vn.gov.sokhcn.kpi.console.rulesets;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gov.sokhcn.kpi.ruleset.expectation.ExpectationUpdates;
import vn.gov.sokhcn.kpi.ruleset.version.RuleSetVersions;

/**
 * «Cập nhật kết quả mong đợi» from a draft's page, for one case ({@code location}) or a group ({@code group}): the
 * new step's page follows, or the same page with the refusal in Vietnamese.
 */
@Controller
class ExpectationPageController {
    private final ExpectationUpdates updates;

    ExpectationPageController(ExpectationUpdates updates) {
        this.updates = updates;
    }

    @PostMapping("/rulesets/{version}/expectations")
    String update(@PathVariable int version, @RequestParam(required = false) String location,
                  @RequestParam(required = false) String group, @RequestParam(required = false) String comment,
                  RedirectAttributes redirect) {
        try {
            RuleSetVersions.Draft step = updates.update(version, location == null || location.isBlank() ? null : List.of(location),
                    group, comment);
            redirect.addFlashAttribute("notice", "Đã cập nhật kết quả mong đợi: phiên bản " + step.version() + " (bản nháp, bước "
                    + "tiếp theo của phiên bản " + version + ")" + (step.problems().isEmpty() ? ", không còn lỗi."
                    : ", còn " + step.problems().size() + " lỗi."));
            return "redirect:/rulesets/" + step.version();
        } catch (RuntimeException e) {
            redirect.addFlashAttribute("error", Refusals.message(e));
            return "redirect:/rulesets/" + version;
        }
    }
}
