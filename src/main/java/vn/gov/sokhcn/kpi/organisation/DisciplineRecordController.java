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
@RequestMapping("/api/employees/{code}/discipline-records")
@Tag(name = "Kỷ luật", description = "Quyết định kỷ luật (khiển trách trở lên) và kết luận suy thoái; tính trong năm có quyết định")
class DisciplineRecordController {
    private final EmployeeRecordsService service;

    DisciplineRecordController(EmployeeRecordsService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "Các quyết định kỷ luật của một cán bộ", description = "Theo ngày quyết định; phân trang.")
    PageResponse<DisciplineView> list(@PathVariable String code, @RequestParam(required = false) Integer page,
                          @RequestParam(required = false) Integer size) {
        return service.disciplines(code, page, size);
    }

    @PostMapping
    @Operation(summary = "Thêm một quyết định kỷ luật")
    ResponseEntity<DisciplineView> create(@PathVariable String code, @Valid @RequestBody DisciplineRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(service.addDiscipline(code, request));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Xóa một quyết định kỷ luật theo số (id)")
    ResponseEntity<Void> delete(@PathVariable String code, @PathVariable long id) {
        service.deleteDiscipline(code, id);
        return ResponseEntity.noContent().build();
    }
}
