package vn.gov.sokhcn.kpi.console.rulesets;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gov.sokhcn.kpi.ruleset.version.RuleSetVersions;

/**
 * {@code /rulesets/{version}}: a version's problems at their cells, its test cases, its changes against the
 * active version, and the buttons to re-run its tests, approve it, activate it or roll back to it — each
 * done by the rule set service, which enforces four eyes; a refusal comes back as a Vietnamese message.
 */
@Controller
class VersionPageController {
    private final RuleSetVersions versions;
    private final VersionTests tests;
    private final VersionPage page;

    VersionPageController(RuleSetVersions versions, VersionTests tests, VersionPage page) {
        this.versions = versions;
        this.tests = tests;
        this.page = page;
    }

    @GetMapping("/rulesets/{version}")
    String version(@PathVariable int version, Model model) {
        model.addAttribute("page", page.of(version));
        return "rulesets/version";
    }

    @PostMapping("/rulesets/{version}/tests")
    String runTests(@PathVariable int version, RedirectAttributes redirect) {
        return act(version, redirect, () -> {
            VersionTests.TestRun run = tests.run(version);
            return "Đã chạy lại các ca kiểm thử: " + run.summary() + ".";
        });
    }

    @PostMapping("/rulesets/{version}/approve")
    String approve(@PathVariable int version, RedirectAttributes redirect) {
        return act(version, redirect, () -> {
            versions.approve(version);
            return "Đã phê duyệt thay đổi cấu trúc của phiên bản " + version + ".";
        });
    }

    @PostMapping("/rulesets/{version}/activate")
    String activate(@PathVariable int version,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveTo,
                    RedirectAttributes redirect) {
        return act(version, redirect, () -> {
            boolean rollback = versions.version(version).state() == vn.gov.sokhcn.kpi.ruleset.version.RuleSetVersion.State.RETIRED;
            versions.activate(version, effectiveFrom, effectiveTo);
            return (rollback ? "Đã quay lại phiên bản " : "Đã kích hoạt phiên bản ") + version
                    + (effectiveFrom == null && effectiveTo == null ? "; từ nay mọi kỳ được đánh giá theo phiên bản này."
                    : " cho các kỳ bắt đầu trong khoảng hiệu lực đã chọn.");
        });
    }

    private String act(int version, RedirectAttributes redirect, Supplier<String> action) {
        try {
            redirect.addFlashAttribute("notice", action.get());
        } catch (RuntimeException e) {
            redirect.addFlashAttribute("error", Refusals.message(e));
        }
        return "redirect:/rulesets/" + version;
    }
}
