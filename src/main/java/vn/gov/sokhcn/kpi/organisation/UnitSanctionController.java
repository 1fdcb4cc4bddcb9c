package vn.gov.sokhcn.kpi.organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.sokhcn.kpi.system.PageResponse;

@RestController
@RequestMapping("/api/units/{code}/sanctions")
@Tag(name = "Xử lý đơn vị", description = "Quyết định xử lý đơn vị vì tham nhũng, tham ô, lãng phí; lãnh đạo đơn vị bị xếp loại không hoàn thành nhiệm vụ năm đó")
class UnitSanctionController {
    private final UnitSanctionService service;

    UnitSanctionController(UnitSanctionService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "Các quyết định xử lý một đơn vị", description = "Theo ngày quyết định; phân trang.")
    PageResponse<SanctionView> list(@PathVariable String code, @RequestParam(required = false) Integer page,
                          @RequestParam(required = false) Integer size) {
        return service.list(code, page, size);
    }

    @PostMapping
    @Operation(summary = "Thêm một quyết định xử lý đơn vị")
    ResponseEntity<SanctionView> create(@PathVariable String code, @Valid @RequestBody SanctionRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(service.add(code, request));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Xóa một quyết định xử lý đơn vị theo số (id)")
    ResponseEntity<Void> delete(@PathVariable String code, @PathVariable long id) {
        service.delete(code, id);
        return ResponseEntity.noContent().build();
    }
}
