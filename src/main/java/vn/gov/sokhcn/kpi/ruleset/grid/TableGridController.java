package vn.gov.sokhcn.kpi.ruleset.grid;

import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.sokhcn.kpi.ruleset.version.RuleSetVersions;

/** A decision table of a version as a grid, and its changed rows saved as a new step of the draft. */
@RestController
@RequestMapping("/api/rulesets/{version}/tables/{file}/{sheet}")
class TableGridController {
    private final TableGrids grids;

    TableGridController(TableGrids grids) {
        this.grids = grids;
    }

    record Edit(String comment, List<RowEdit> rows) {
    }

    @GetMapping
    TableGrid grid(@PathVariable int version, @PathVariable String file, @PathVariable String sheet) {
        return grids.grid(version, file, sheet);
    }

    @PutMapping
    ResponseEntity<RuleSetVersions.Draft> save(@PathVariable int version, @PathVariable String file, @PathVariable String sheet,
                                               @RequestBody(required = false) Edit body) {
        Edit edit = body == null ? new Edit(null, List.of()) : body;
        RuleSetVersions.Draft draft = grids.save(version, file, sheet, edit.rows(), edit.comment());
        return ResponseEntity.created(URI.create("/api/rulesets/" + draft.version())).body(draft);
    }
}
