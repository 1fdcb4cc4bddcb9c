package vn.gov.sokhcn.kpi.console.rulesets;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gov.sokhcn.kpi.ruleset.version.RuleSetVersions;

/**
 * {@code /rulesets}: the versions of the rule set, the one in force highlighted, and the upload of
 * changed workbooks, DRLs or a zip of the whole set — the same upload as {@code POST /api/rulesets}: each
 * workbook or DRL replaces that file of the active version (or of the draft named {@code basedOn}), a zip the whole set.
 */
@Controller
class RuleSetListController {
    private final RuleSetVersions versions;
    private final VersionTests tests;

    RuleSetListController(RuleSetVersions versions, VersionTests tests) {
        this.versions = versions;
        this.tests = tests;
    }

    @GetMapping("/rulesets")
    String list(Model model) {
        model.addAttribute("versions", versions.all().stream()
                .sorted(Comparator.comparingInt(v -> -v.version()))
                .map(v -> VersionRow.of(v, v.pendingApproval() ? VersionPage.PENDING_SUMMARY
                        : tests.known(v.version()).map(VersionTests.TestRun::summary).orElse("Chưa chạy (mở phiên bản để chạy)")))
                .toList());
        return "rulesets/list";
    }

    /** One or more files; {@code basedOn}: the draft being worked on (its page's upload), else the active version. */
    @PostMapping("/rulesets")
    String upload(@RequestParam(name = "file", required = false) List<MultipartFile> files,
                  @RequestParam(name = "basedOn", required = false) String basedOn,
                  @RequestParam(name = "comment", required = false) String comment, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        List<MultipartFile> chosen = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
        if (chosen.isEmpty()) {
            return refused(model, response, "Chưa chọn tệp: chọn bảng quyết định (.drl.xlsx), tệp luật (.drl) hoặc tệp nén (.zip).");
        }
        List<RuleSetVersions.UploadedFile> uploads = new java.util.ArrayList<>();
        for (MultipartFile file : chosen) {
            uploads.add(new RuleSetVersions.UploadedFile(file.getOriginalFilename(), file.getBytes()));
        }
        String names = String.join(", ", chosen.stream().map(f -> "«" + f.getOriginalFilename() + "»").toList());
        RuleSetVersions.Draft draft;
        try {
            draft = versions.upload(uploads, basedOn, comment == null || comment.isBlank() ? null : comment.strip());
        } catch (RuntimeException e) {
            return refused(model, response, "Không tải lên được " + names + ": " + Refusals.message(e));
        }
        if (!draft.pendingApproval()) {
            tests.run(draft.version());
        }
        redirect.addFlashAttribute("notice", "Đã tải lên phiên bản " + draft.version() + " (bản nháp"
                + (basedOn == null || basedOn.isBlank() ? "" : ", bước tiếp theo của phiên bản " + basedOn.strip()) + ")"
                + (draft.problems().isEmpty() ? ": không có lỗi." : ": có " + draft.problems().size() + " lỗi, xem bên dưới.")
                + (draft.pendingApproval() ? " " + draft.notice() + "." : ""));
        return "redirect:/rulesets/" + draft.version();
    }

    private String refused(Model model, HttpServletResponse response, String message) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("error", message);
        return list(model);
    }
}
