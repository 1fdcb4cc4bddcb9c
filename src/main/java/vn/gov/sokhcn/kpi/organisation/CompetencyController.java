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
@RequestMapping("/api/competencies")
@Tag(name = "Năng lực", description = "Danh mục năng lực mà vị trí việc làm yêu cầu và cán bộ được đánh giá")
class CompetencyController {
    private final CompetencyService service;

    CompetencyController(CompetencyService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "Danh sách năng lực", description = "Lọc theo mã hoặc tên (q); phân trang.")
    PageResponse<CompetencyView> list(@RequestParam(required = false) String q,
                                      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return service.list(q, page, size);
    }

    @GetMapping("/{code}")
    @Operation(summary = "Một năng lực theo mã")
    CompetencyView get(@PathVariable String code) {
        return service.get(code);
    }

    @PostMapping
    @Operation(summary = "Thêm năng lực")
    ResponseEntity<CompetencyView> create(@Valid @RequestBody CompetencyRequest request) {
        CompetencyView created = service.create(request);
        return ResponseEntity.created(Locations.of("/api/competencies/{code}", created.code())).body(created);
    }

    @PutMapping("/{code}")
    @Operation(summary = "Sửa năng lực")
    CompetencyView update(@PathVariable String code, @Valid @RequestBody CompetencyRequest request) {
        return service.update(code, request);
    }

    @DeleteMapping("/{code}")
    @Operation(summary = "Xóa năng lực", description = "Từ chối (409) khi vị trí việc làm hay đánh giá năng lực còn dùng nó.")
    ResponseEntity<Void> delete(@PathVariable String code) {
        service.delete(code);
        return ResponseEntity.noContent().build();
    }
}
