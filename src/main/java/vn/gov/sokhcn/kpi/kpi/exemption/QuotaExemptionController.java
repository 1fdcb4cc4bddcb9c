package vn.gov.sokhcn.kpi.kpi.exemption;

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
import vn.gov.sokhcn.kpi.kpi.Ref;
import vn.gov.sokhcn.kpi.system.PageResponse;
import vn.gov.sokhcn.kpi.system.Paging;

@Tag(name = "Ngoại lệ hạn mức")
@RestController
@RequestMapping("/api/quota-exemptions")
class QuotaExemptionController {
    private final QuotaExemptionService service;
    private final Codes codes;

    QuotaExemptionController(QuotaExemptionService service, Codes codes) {
        this.service = service;
        this.codes = codes;
    }

    @Operation(summary = "Quota exemptions, one page", description = "Filters (codes): period, agency.")
    @GetMapping
    PageResponse<QuotaExemptionView> list(@RequestParam(required = false) String period,
                                          @RequestParam(required = false) String agency,
                                          @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return service.list(codes.filter(Ref.PERIOD, period), codes.filter(Ref.UNIT, agency), Paging.of(page, size));
    }

    @GetMapping("/{id}")
    QuotaExemptionView get(@PathVariable long id) {
        return service.get(id);
    }

    @Operation(summary = "Record an approved exception to the HTXSNV quota for an agency in a period",
            description = "agency: a unit marked as an agency, or the root unit; one exemption per agency and period (else 409).")
    @PostMapping
    ResponseEntity<QuotaExemptionView> create(@Valid @RequestBody QuotaExemptionRequest request) {
        QuotaExemptionView created = service.create(request);
        return ResponseEntity.created(URI.create("/api/quota-exemptions/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    QuotaExemptionView update(@PathVariable long id, @Valid @RequestBody QuotaExemptionRequest request) {
        return service.update(id, request);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        service.delete(id);
        return ResponseEntity.noContent().build();
    }
}
