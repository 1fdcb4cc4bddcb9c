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
@RequestMapping("/api/employees")
@Tag(name = "Cán bộ", description = "Công chức, viên chức và người lao động: đơn vị, vị trí việc làm, chức vụ, hệ số lương")
class EmployeeController {
    private final EmployeeService service;

    EmployeeController(EmployeeService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "Danh sách cán bộ",
            description = "Lọc theo đơn vị (unit), vị trí (position), loại cán bộ, chức vụ lãnh đạo và theo mã hoặc họ tên (q); phân trang.")
    PageResponse<EmployeeView> list(@RequestParam(required = false) String unit, @RequestParam(required = false) String position,
                                    @RequestParam(required = false) StaffType staffType,
                                    @RequestParam(required = false) Leadership leadership,
                                    @RequestParam(required = false) String q,
                                    @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return service.list(new EmployeeService.EmployeeFilter(unit, position, staffType, leadership, q), page, size);
    }

    @GetMapping("/{code}")
    @Operation(summary = "Một cán bộ theo mã")
    EmployeeView get(@PathVariable String code) {
        return service.get(code);
    }

    @PostMapping
    @Operation(summary = "Thêm cán bộ")
    ResponseEntity<EmployeeView> create(@Valid @RequestBody EmployeeRequest request) {
        EmployeeView created = service.create(request);
        return ResponseEntity.created(Locations.of("/api/employees/{code}", created.code())).body(created);
    }

    @PutMapping("/{code}")
    @Operation(summary = "Sửa cán bộ", description = "Thay toàn bộ thông tin; có thể đổi mã, đơn vị, vị trí.")
    EmployeeView update(@PathVariable String code, @Valid @RequestBody EmployeeRequest request) {
        return service.update(code, request);
    }

    @DeleteMapping("/{code}")
    @Operation(summary = "Xóa cán bộ",
            description = "Từ chối (409) khi còn chỉ tiêu, điểm tiêu chí chung, đánh giá năng lực, kỷ luật, kỳ nghỉ hay kết quả của người này.")
    ResponseEntity<Void> delete(@PathVariable String code) {
        service.delete(code);
        return ResponseEntity.noContent().build();
    }
}
