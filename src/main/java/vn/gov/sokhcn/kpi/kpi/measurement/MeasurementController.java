package vn.gov.sokhcn.kpi.kpi.measurement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.sokhcn.kpi.kpi.Codes;
import vn.gov.sokhcn.kpi.kpi.Ref;
import vn.gov.sokhcn.kpi.system.PageResponse;
import vn.gov.sokhcn.kpi.system.Paging;

@Tag(name = "Số liệu thực hiện")
@RestController
class MeasurementController {
    private final MeasurementService service;
    private final MeasurementQuery query;
    private final Codes codes;

    MeasurementController(MeasurementService service, MeasurementQuery query, Codes codes) {
        this.service = service;
        this.query = query;
        this.codes = codes;
    }

    @Operation(summary = "Measurements, one page", description = "Filters (codes): period, unit, employee, indicator.")
    @GetMapping("/api/measurements")
    PageResponse<MeasurementView> list(@RequestParam(required = false) String period, @RequestParam(required = false) String unit,
                                       @RequestParam(required = false) String employee,
                                       @RequestParam(required = false) String indicator,
                                       @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        var filter = new MeasurementQuery.Filter(codes.filter(Ref.PERIOD, period), codes.filter(Ref.UNIT, unit),
                codes.filter(Ref.EMPLOYEE, employee), codes.filter(Ref.INDICATOR, indicator));
        return query.page(filter, Paging.of(page, size));
    }

    @GetMapping("/api/measurements/{id}")
    MeasurementView get(@PathVariable long id) {
        return service.get(id);
    }

    @DeleteMapping("/api/measurements/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        service.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/assignments/{id}/measurement")
    MeasurementView ofAssignment(@PathVariable long id) {
        return service.ofAssignment(id);
    }

    @Operation(summary = "Enter or replace the measurement of an assignment (201 created, 200 replaced)",
            description = "TASKS indicators take `tasks` (assigned, done, atQuality, onTime, late, failedMajorError, "
                    + "objectiveCause) and no `actual`; every other polarity takes `actual` and no `tasks` (BINARY: 0 or 1). "
                    + "enteredBy is the acting user (X-User), enteredAt the server's time.")
    @PutMapping("/api/assignments/{id}/measurement")
    ResponseEntity<MeasurementView> put(@PathVariable long id, @Valid @RequestBody MeasurementRequest request) {
        MeasurementService.Saved saved = service.put(id, request);
        return saved.created()
                ? ResponseEntity.created(URI.create("/api/measurements/" + saved.view().id())).body(saved.view())
                : ResponseEntity.ok(saved.view());
    }

    @DeleteMapping("/api/assignments/{id}/measurement")
    ResponseEntity<Void> deleteOfAssignment(@PathVariable long id) {
        service.deleteOfAssignment(id);
        return ResponseEntity.noContent().build();
    }
}
