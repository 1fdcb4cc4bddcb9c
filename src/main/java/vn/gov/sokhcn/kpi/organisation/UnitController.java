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
@RequestMapping("/api/units")
@Tag(name = "Đơn vị", description = "Các đơn vị của Sở (phòng, Văn phòng, Thanh tra, Chi cục, Trung tâm) và cây tổ chức")
class UnitController {
    private final UnitService service;

    UnitController(UnitService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "Danh sách đơn vị", description = "Lọc theo đơn vị cấp trên (parent) và theo mã hoặc tên (q); phân trang.")
    PageResponse<UnitView> list(@RequestParam(required = false) String parent, @RequestParam(required = false) String q,
                                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return service.list(parent, q, page, size);
    }

    @GetMapping("/{code}")
    @Operation(summary = "Một đơn vị theo mã")
    UnitView get(@PathVariable String code) {
        return service.get(code);
    }

    @GetMapping("/{code}/tree")
    @Operation(summary = "Cây đơn vị", description = "Đơn vị và mọi đơn vị trực thuộc, theo thứ tự sắp xếp.")
    UnitNode tree(@PathVariable String code) {
        return service.tree(code);
    }

    @PostMapping
    @Operation(summary = "Thêm đơn vị")
    ResponseEntity<UnitView> create(@Valid @RequestBody UnitRequest request) {
        UnitView created = service.create(request);
        return ResponseEntity.created(Locations.of("/api/units/{code}", created.code())).body(created);
    }

    @PutMapping("/{code}")
    @Operation(summary = "Sửa đơn vị", description = "Thay toàn bộ thông tin; có thể đổi mã và đơn vị cấp trên.")
    UnitView update(@PathVariable String code, @Valid @RequestBody UnitRequest request) {
        return service.update(code, request);
    }

    @DeleteMapping("/{code}")
    @Operation(summary = "Xóa đơn vị", description = "Từ chối (409) khi còn cán bộ, đơn vị trực thuộc, chỉ tiêu hay kết quả thuộc đơn vị.")
    ResponseEntity<Void> delete(@PathVariable String code) {
        service.delete(code);
        return ResponseEntity.noContent().build();
    }
}
