package vn.gov.sokhcn.kpi.kpi.strategy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Bản đồ chiến lược")
@RestController
@RequestMapping("/api/strategy-map/objectives")
class ObjectiveController {
    private final ObjectiveService service;

    ObjectiveController(ObjectiveService service) {
        this.service = service;
    }

    @GetMapping
    List<ObjectiveView> list() {
        return service.list();
    }

    @GetMapping("/{code}")
    ObjectiveView get(@PathVariable String code) {
        return service.get(code);
    }

    @Operation(summary = "Create an objective", description = "`effects`: codes of the objectives this one drives (cause → effect).")
    @PostMapping
    ResponseEntity<ObjectiveView> create(@Valid @RequestBody ObjectiveRequest request) {
        ObjectiveView created = service.create(request);
        return ResponseEntity.created(URI.create("/api/strategy-map/objectives/" + created.code())).body(created);
    }

    @PutMapping("/{code}")
    ObjectiveView update(@PathVariable String code, @Valid @RequestBody ObjectiveRequest request) {
        return service.update(code, request);
    }

    @Operation(summary = "Delete an objective; refused (409) while CSFs, indicators or other objectives' links refer to it")
    @DeleteMapping("/{code}")
    ResponseEntity<Void> delete(@PathVariable String code) {
        service.delete(code);
        return ResponseEntity.noContent().build();
    }
}
