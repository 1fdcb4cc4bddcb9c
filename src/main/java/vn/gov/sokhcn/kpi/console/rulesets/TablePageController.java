package vn.gov.sokhcn.kpi.console.rulesets;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gov.sokhcn.kpi.console.error.ErrorPages;
import vn.gov.sokhcn.kpi.ruleset.grid.RowEdit;
import vn.gov.sokhcn.kpi.ruleset.grid.TableGrid;
import vn.gov.sokhcn.kpi.ruleset.grid.TableGrids;
import vn.gov.sokhcn.kpi.ruleset.version.RuleSetVersion;
import vn.gov.sokhcn.kpi.ruleset.version.RuleSetVersions;
import vn.gov.sokhcn.kpi.system.ConflictException;
import vn.gov.sokhcn.kpi.system.InvalidRequestException;

/**
 * «Sửa trong trình duyệt»: a sheet of a draft's workbook as a form; saving makes a new step of the draft (as an upload
 * of that workbook onto it would) and shows the new step's page; a refused value shows the form again with the
 * upload's message at its cell. Only who may upload opens it (403); a version that is not a draft: 409.
 */
@Controller
class TablePageController {
    private final TableGrids grids;
    private final RuleSetVersions versions;
    private final ErrorPages errors;

    TablePageController(TableGrids grids, RuleSetVersions versions, ErrorPages errors) {
        this.grids = grids;
        this.versions = versions;
        this.errors = errors;
    }

    @GetMapping("/rulesets/{version}/tables/{file}/{sheet}")
    ModelAndView grid(@PathVariable int version, @PathVariable String file, @PathVariable String sheet) {
        return page(version, file, sheet, Map.of(), List.of(), HttpStatus.OK);
    }

    @PostMapping("/rulesets/{version}/tables/{file}/{sheet}")
    ModelAndView save(@PathVariable int version, @PathVariable String file, @PathVariable String sheet,
                      @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        versions.checkMayUpload();
        TableGrid grid = grids.grid(version, file, sheet);
        List<RowEdit> edits = GridForm.edits(grid, form);
        if (edits.isEmpty()) {
            return page(version, file, sheet, form, List.of("Chưa có ô nào thay đổi: không có gì để lưu."), HttpStatus.BAD_REQUEST);
        }
        try {
            RuleSetVersions.Draft step = grids.save(version, file, sheet, edits, form.get("comment"));
            redirect.addFlashAttribute("notice", "Đã lưu bảng «" + sheet + "»: phiên bản " + step.version() + " (bản nháp, bước tiếp "
                    + "theo của phiên bản " + version + ")" + (step.problems().isEmpty() ? ", không có lỗi."
                    : ", còn " + step.problems().size() + " lỗi."));
            return new ModelAndView("redirect:/rulesets/" + step.version());
        } catch (InvalidRequestException e) {
            return page(version, file, sheet, form, e.problems().stream().map(p -> p.message()).toList(), HttpStatus.BAD_REQUEST);
        } catch (ConflictException e) {
            return errors.page(HttpStatus.CONFLICT, e.getMessage());
        }
    }

    private ModelAndView page(int version, String file, String sheet, Map<String, String> posted, List<String> problems,
                              HttpStatus status) {
        versions.checkMayUpload();
        if (versions.version(version).state() != RuleSetVersion.State.DRAFT) {
            return errors.page(HttpStatus.CONFLICT, "Phiên bản " + version + " không phải bản nháp: chỉ sửa bảng trong trình duyệt "
                    + "trên một bản nháp; hãy tải lên một bản nháp mới dựa trên phiên bản này rồi sửa bản nháp đó.");
        }
        TableGrid grid = grids.grid(version, file, sheet);
        ModelAndView page = new ModelAndView("rulesets/table");
        page.addObject("grid", grid);
        page.addObject("fileName", file);
        page.addObject("tables", GridForm.tables(grid, posted));
        page.addObject("problems", problems);
        page.addObject("comment", posted.getOrDefault("comment", ""));
        page.setStatus(status);
        return page;
    }
}
