package vn.gov.sokhcn.kpi.kpi.indicator;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.sokhcn.kpi.kpi.Codes;
import vn.gov.sokhcn.kpi.kpi.Enums;
import vn.gov.sokhcn.kpi.kpi.Ref;
import vn.gov.sokhcn.kpi.system.PageResponse;
import vn.gov.sokhcn.kpi.system.Paging;

@Tag(name = "Chỉ số")
@RestController
@RequestMapping("/api/indicators")
class IndicatorController {
    private final IndicatorService service;
    private final IndicatorQuery query;
    private final Codes codes;

    IndicatorController(IndicatorService service, IndicatorQuery query, Codes codes) {
        this.service = service;
        this.query = query;
        this.codes = codes;
    }

    @Operation(summary = "Indicators by code, one page",
            description = "Filters: kind (KRI, RI, PI, KPI), perspective and objective (codes; an indicator tied only to a CSF "
                    + "belongs to the CSF's objective), ownerLevel (DEPARTMENT, UNIT, PERSON), q (part of the code or name).")
    @GetMapping
    PageResponse<IndicatorView> list(@RequestParam(required = false) String kind,
                                     @RequestParam(required = false) String perspective,
                                     @RequestParam(required = false) String objective,
                                     @RequestParam(required = false) String ownerLevel,
                                     @RequestParam(required = false) String q,
                                     @RequestParam(required = false) Integer page,
                                     @RequestParam(required = false) Integer size) {
        var filter = new IndicatorQuery.Filter(Enums.parse(IndicatorKind.class, kind, "kind"),
                codes.filter(Ref.PERSPECTIVE, perspective), codes.filter(Ref.OBJECTIVE, objective),
                Enums.parse(OwnerLevel.class, ownerLevel, "ownerLevel"), q);
        return query.page(filter, Paging.of(page, size));
    }

    @GetMapping("/{code}")
    IndicatorView get(@PathVariable String code) {
        return service.get(code);
    }

    @PostMapping
    ResponseEntity<IndicatorView> create(@Valid @RequestBody IndicatorRequest request) {
        IndicatorView created = service.create(request);
        return ResponseEntity.created(URI.create("/api/indicators/" + created.code())).body(created);
    }

    @PutMapping("/{code}")
    IndicatorView update(@PathVariable String code, @Valid @RequestBody IndicatorRequest request) {
        return service.update(code, request);
    }

    @Operation(summary = "Delete an indicator; refused (409) while it is assigned")
    @DeleteMapping("/{code}")
    ResponseEntity<Void> delete(@PathVariable String code) {
        service.delete(code);
        return ResponseEntity.noContent().build();
    }
}
