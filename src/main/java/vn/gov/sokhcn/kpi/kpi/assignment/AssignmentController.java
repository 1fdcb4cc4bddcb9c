package vn.gov.sokhcn.kpi.kpi.assignment;

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

@Tag(name = "Giao chỉ tiêu")
@RestController
@RequestMapping("/api/assignments")
class AssignmentController {
    private final AssignmentService service;
    private final AssignmentQuery query;
    private final WeightCheck weights;
    private final Codes codes;

    AssignmentController(AssignmentService service, AssignmentQuery query, WeightCheck weights, Codes codes) {
        this.service = service;
        this.query = query;
        this.weights = weights;
        this.codes = codes;
    }

    @Operation(summary = "Assignments, one page", description = "Filters (codes): period, unit, employee, indicator.")
    @GetMapping
    PageResponse<AssignmentView> list(@RequestParam(required = false) String period, @RequestParam(required = false) String unit,
                                      @RequestParam(required = false) String employee,
                                      @RequestParam(required = false) String indicator,
                                      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        var filter = new AssignmentQuery.Filter(codes.filter(Ref.PERIOD, period), codes.filter(Ref.UNIT, unit),
                codes.filter(Ref.EMPLOYEE, employee), codes.filter(Ref.INDICATOR, indicator));
        return query.page(filter, Paging.of(page, size));
    }

    @Operation(summary = "Holders of a period whose weights do not total kpi.assignments.weight-total",
            description = "Writes are not refused for unbalanced weights; this lists what HR still has to adjust. "
                    + "The rules check the same at run time.")
    @GetMapping("/weights")
    WeightCheck.Report weights(@RequestParam String period) {
        return weights.check(codes.require(Ref.PERIOD, period), period);
    }

    @GetMapping("/{id}")
    AssignmentView get(@PathVariable long id) {
        return service.get(id);
    }

    @Operation(summary = "Assign an indicator for a period to a unit or a person",
            description = "Exactly one of unit and employee; weight > 0; target required unless the indicator is TASKS or "
                    + "BINARY. The same indicator twice to one holder in one period: 409.")
    @PostMapping
    ResponseEntity<AssignmentView> create(@Valid @RequestBody AssignmentRequest request) {
        AssignmentView created = service.create(request);
        return ResponseEntity.created(URI.create("/api/assignments/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    AssignmentView update(@PathVariable long id, @Valid @RequestBody AssignmentRequest request) {
        return service.update(id, request);
    }

    @Operation(summary = "Delete an assignment; refused (409) while it has a measurement or assignments cascaded from it")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        service.delete(id);
        return ResponseEntity.noContent().build();
    }
}
