package vn.gov.sokhcn.kpi.kpi.period;

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
import vn.gov.sokhcn.kpi.kpi.Enums;
import vn.gov.sokhcn.kpi.system.PageResponse;
import vn.gov.sokhcn.kpi.system.Paging;

@Tag(name = "Kỳ đánh giá")
@RestController
@RequestMapping("/api/periods")
class PeriodController {
    private final PeriodService service;

    PeriodController(PeriodService service) {
        this.service = service;
    }

    @Operation(summary = "Periods, earliest first (a year before its quarters, a quarter before its months)",
            description = "Filters: kind (MONTH, QUARTER, YEAR), year (periods starting in that year).")
    @GetMapping
    PageResponse<PeriodView> list(@RequestParam(required = false) String kind, @RequestParam(required = false) Integer year,
                                  @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return service.list(Enums.parse(PeriodKind.class, kind, "kind"), year, Paging.of(page, size));
    }

    @GetMapping("/{code}")
    PeriodView get(@PathVariable String code) {
        return service.get(code);
    }

    @Operation(summary = "Create a period from its code",
            description = "`code` alone is enough: 2023-06 (MONTH), 2026-Q2 (QUARTER), 2026 (YEAR); kind, start and end are "
                    + "derived, and when given must agree with the code (else 400 naming the field). `pilot` defaults to "
                    + "whether the period lies within the pilot months (kpi.pilot.from/to).")
    @PostMapping
    ResponseEntity<PeriodView> create(@Valid @RequestBody PeriodRequest request) {
        PeriodView created = service.create(request);
        return ResponseEntity.created(URI.create("/api/periods/" + created.code())).body(created);
    }

    @Operation(summary = "Change a period's pilot flag (the code, kind and dates stay)")
    @PutMapping("/{code}")
    PeriodView update(@PathVariable String code, @Valid @RequestBody PeriodRequest request) {
        return service.update(code, request);
    }

    @Operation(summary = "Delete a period; refused (409) while assignments, runs, general criteria or quota exemptions refer to it")
    @DeleteMapping("/{code}")
    ResponseEntity<Void> delete(@PathVariable String code) {
        service.delete(code);
        return ResponseEntity.noContent().build();
    }
}
