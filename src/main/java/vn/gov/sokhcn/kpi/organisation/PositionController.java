package vn.gov.sokhcn.kpi.organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
import vn.gov.sokhcn.kpi.system.PageResponse;

@RestController
@RequestMapping("/api/positions")
@Tag(name = "Vị trí việc làm", description = "Vị trí việc làm, bản mô tả công việc và khung năng lực yêu cầu (mức 1–5)")
class PositionController {
    private final PositionService service;

    PositionController(PositionService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "Danh sách vị trí việc làm", description = "Lọc theo mã hoặc tên (q); phân trang.")
    PageResponse<PositionView> list(@RequestParam(required = false) String q,
                                      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return service.list(q, page, size);
    }

    @GetMapping("/{code}")
    @Operation(summary = "Một vị trí việc làm theo mã")
    PositionView get(@PathVariable String code) {
        return service.get(code);
    }

    @PostMapping
    @Operation(summary = "Thêm vị trí việc làm")
    ResponseEntity<PositionView> create(@Valid @RequestBody PositionRequest request) {
        PositionView created = service.create(request);
        return ResponseEntity.created(Locations.of("/api/positions/{code}", created.code())).body(created);
    }

    @PutMapping("/{code}")
    @Operation(summary = "Sửa vị trí việc làm", description = "Thay toàn bộ thông tin, kể cả danh sách năng lực yêu cầu.")
    PositionView update(@PathVariable String code, @Valid @RequestBody PositionRequest request) {
        return service.update(code, request);
    }

    @DeleteMapping("/{code}")
    @Operation(summary = "Xóa vị trí việc làm", description = "Từ chối (409) khi còn cán bộ giữ vị trí này.")
    ResponseEntity<Void> delete(@PathVariable String code) {
        service.delete(code);
        return ResponseEntity.noContent().build();
    }
}
