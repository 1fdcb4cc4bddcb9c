package vn.gov.sokhcn.kpi.kpi.strategy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.sokhcn.kpi.kpi.Ref;
import vn.gov.sokhcn.kpi.kpi.Usage;
import vn.gov.sokhcn.kpi.system.ConflictException;
import vn.gov.sokhcn.kpi.system.NotFoundException;

@Tag(name = "Bản đồ chiến lược")
@RestController
@RequestMapping("/api/strategy-map/perspectives")
class PerspectiveController {
    private final PerspectiveRepository perspectives;
    private final JdbcClient jdbc;

    PerspectiveController(PerspectiveRepository perspectives, JdbcClient jdbc) {
        this.perspectives = perspectives;
        this.jdbc = jdbc;
    }

    @Operation(summary = "Perspectives, top of the map first")
    @GetMapping
    List<Perspective> list() {
        return perspectives.findAllByOrderBySortOrderAscCodeAsc();
    }

    @GetMapping("/{code}")
    Perspective get(@PathVariable String code) {
        return find(code);
    }

    @PostMapping
    @Transactional
    ResponseEntity<Perspective> create(@Valid @RequestBody PerspectiveRequest request) {
        refuseDuplicate(request.code(), null);
        Perspective saved = perspectives.save(new Perspective(null, request.code(), request.name(), sortOrder(request)));
        return ResponseEntity.created(URI.create("/api/strategy-map/perspectives/" + saved.code())).body(saved);
    }

    @PutMapping("/{code}")
    @Transactional
    Perspective update(@PathVariable String code, @Valid @RequestBody PerspectiveRequest request) {
        Perspective current = find(code);
        refuseDuplicate(request.code(), current.id());
        return perspectives.save(new Perspective(current.id(), request.code(), request.name(), sortOrder(request)));
    }

    @Operation(summary = "Delete a perspective; refused (409) while objectives belong to it")
    @DeleteMapping("/{code}")
    @Transactional
    ResponseEntity<Void> delete(@PathVariable String code) {
        Perspective current = find(code);
        Usage.of(jdbc, Ref.PERSPECTIVE, code)
                .count("mục tiêu", "SELECT COUNT(*) FROM objectives WHERE perspective_id = :id", java.util.Map.of("id", current.id()))
                .refuseIfUsed();
        perspectives.delete(current);
        return ResponseEntity.noContent().build();
    }

    private Perspective find(String code) {
        return perspectives.findByCode(code).orElseThrow(() -> new NotFoundException(Ref.PERSPECTIVE.noun(), code));
    }

    private void refuseDuplicate(String code, Long self) {
        perspectives.findByCode(code).filter(p -> !p.id().equals(self)).ifPresent(p -> {
            throw new ConflictException("Đã có phương diện mã «" + code + "»");
        });
    }

    private static int sortOrder(PerspectiveRequest request) {
        return request.sortOrder() == null ? 0 : request.sortOrder();
    }
}
