package vn.gov.sokhcn.kpi.console.source;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gov.sokhcn.kpi.ruleset.RuleSetFiles;
import vn.gov.sokhcn.kpi.ruleset.version.SourceReaders;
import vn.gov.sokhcn.kpi.system.NotFoundException;

/**
 * {@code /rules/{version}/source?ref=<Reason.source>}: the sheet of a workbook or the DRL file of a rule
 * set version that a reason or a problem names, with the decided row (line) highlighted; any signed-in user
 * for a version that was in force, only the roles that review drafts for a DRAFT ({@link SourceReaders}).
 */
@Controller
class SourceController {
    private final SourceReaders versions;

    SourceController(SourceReaders versions) {
        this.versions = versions;
    }

    @GetMapping("/rules/{version}/source")
    String source(@PathVariable String version, @RequestParam(required = false) String ref, Model model,
                  HttpServletResponse response) {
        model.addAttribute("version", version);
        model.addAttribute("ref", ref);
        if (!version.matches("[1-9][0-9]{0,8}")) {
            return notFound(model, response, "Không có phiên bản bộ quy tắc «" + version + "».");
        }
        int number = Integer.parseInt(version);
        RuleSetFiles files;
        try {
            files = versions.files(number);
        } catch (NotFoundException e) {
            return notFound(model, response, "Không có phiên bản bộ quy tắc số " + number + ".");
        }
        Optional<SourceRef> parsed = SourceRef.parse(ref);
        if (parsed.isEmpty()) {
            return notFound(model, response, ref == null || ref.isBlank()
                    ? "Thiếu vị trí cần xem (tham số ref, ví dụ decision-tables/xep-loai.drl.xlsx!Khung điểm!D19)."
                    : "Vị trí «" + ref + "» không đúng dạng tệp!trang!ô của bảng quyết định hay tệp:dòng của tệp luật.");
        }
        SourceRef at = parsed.get();
        byte[] content = files.all().get(at.file());
        if (content == null) {
            return notFound(model, response, "Phiên bản " + number + " không có tệp «" + at.file() + "».");
        }
        model.addAttribute("at", at);
        if (!at.workbook()) {
            java.util.List<String> lines = new String(content, StandardCharsets.UTF_8).lines().toList();
            if (at.line() != null && at.line() > lines.size()) {
                return notFound(model, response, "Tệp «" + at.file() + "» chỉ có " + lines.size() + " dòng, không có dòng "
                        + at.line() + ".");
            }
            model.addAttribute("lines", lines);
            return "source/drl";
        }
        Optional<SheetView> sheet = SheetView.read(content, at.sheet());
        if (sheet.isEmpty()) {
            return notFound(model, response, "Tệp «" + at.file() + "» không có trang «" + at.sheet() + "».");
        }
        if (at.row() != null && at.row() > sheet.get().rows().size()) {
            return notFound(model, response, "Trang «" + sheet.get().name() + "» không có dòng " + at.row() + ".");
        }
        model.addAttribute("sheet", sheet.get());
        return "source/sheet";
    }

    private static String notFound(Model model, HttpServletResponse response, String message) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("message", message);
        return "source/not-found";
    }
}
