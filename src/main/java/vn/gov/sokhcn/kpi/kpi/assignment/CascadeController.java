package vn.gov.sokhcn.kpi.kpi.assignment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Giao chỉ tiêu")
@RestController
class CascadeController {
    private final CascadeService service;

    CascadeController(CascadeService service) {
        this.service = service;
    }

    @Operation(summary = "Cascade a period's assignments down to units and people",
            description = """
                    Body (optional): {"level": "UNITS" | "PEOPLE" | "ALL", "overwrite": false}; default ALL without overwrite.
                    UNITS: starting at the root unit(s) (no parent: the Department), each unit's assignments of the period \
                    are copied to the units directly below it, level by level, so the Department's strategic KPIs reach \
                    every unit. PEOPLE: each unit's assignments whose indicator has ownerLevel PERSON are copied to the \
                    unit's staff employed at some time during the period (DEPARTMENT- and UNIT-level indicators stay with \
                    the unit). ALL: UNITS, then PEOPLE. A copy keeps target, weight, threshold and stretch (HR adjusts \
                    weights afterwards; see GET /api/assignments/weights) and records its source in cascadedFrom. \
                    Where the holder already has the indicator in the period, the existing assignment is kept (skipped) \
                    or, with overwrite, takes the source's values (overwritten); nothing is ever duplicated, so running \
                    it again creates nothing. One transaction: a failure writes nothing. Answers the counts.""")
    @PostMapping("/api/periods/{code}/cascade")
    CascadeResult cascade(@PathVariable String code, @RequestBody(required = false) CascadeRequest request) {
        return service.cascade(code, request == null ? new CascadeRequest(null, null) : request);
    }
}
