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
@RequestMapping("/api/strategy-map/csfs")
class CsfController {
    private final CsfService service;

    CsfController(CsfService service) {
        this.service = service;
    }

    @GetMapping
    List<CsfView> list() {
        return service.list();
    }

    @GetMapping("/{code}")
    CsfView get(@PathVariable String code) {
        return service.get(code);
    }

    @PostMapping
    ResponseEntity<CsfView> create(@Valid @RequestBody CsfRequest request) {
        CsfView created = service.create(request);
        return ResponseEntity.created(URI.create("/api/strategy-map/csfs/" + created.code())).body(created);
    }

    @PutMapping("/{code}")
    CsfView update(@PathVariable String code, @Valid @RequestBody CsfRequest request) {
        return service.update(code, request);
    }

    @Operation(summary = "Delete a CSF; refused (409) while indicators refer to it")
    @DeleteMapping("/{code}")
    ResponseEntity<Void> delete(@PathVariable String code) {
        service.delete(code);
        return ResponseEntity.noContent().build();
    }
}
