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
@RequestMapping("/api/employees/{code}/leave-records")
@Tag(name = "Nghỉ phép, nghỉ chế độ", description = "Các kỳ nghỉ (thai sản, ốm đau, không lương, khác) tính vào thời gian công tác trong năm")
class LeaveRecordController {
    private final EmployeeRecordsService service;

    LeaveRecordController(EmployeeRecordsService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "Các kỳ nghỉ của một cán bộ", description = "Theo ngày bắt đầu nghỉ; phân trang.")
    PageResponse<LeaveView> list(@PathVariable String code, @RequestParam(required = false) Integer page,
                          @RequestParam(required = false) Integer size) {
        return service.leaves(code, page, size);
    }

    @PostMapping
    @Operation(summary = "Thêm một kỳ nghỉ")
    ResponseEntity<LeaveView> create(@PathVariable String code, @Valid @RequestBody LeaveRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(service.addLeave(code, request));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Xóa một kỳ nghỉ theo số (id)")
    ResponseEntity<Void> delete(@PathVariable String code, @PathVariable long id) {
        service.deleteLeave(code, id);
        return ResponseEntity.noContent().build();
    }
}
