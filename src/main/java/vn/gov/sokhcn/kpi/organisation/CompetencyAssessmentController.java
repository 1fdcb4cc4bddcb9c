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
@RequestMapping("/api/employees/{code}/competency-assessments")
@Tag(name = "Đánh giá năng lực", description = "Mức năng lực (1–5) của cán bộ theo từng năng lực, dùng để lập kế hoạch đào tạo")
class CompetencyAssessmentController {
    private final EmployeeRecordsService service;

    CompetencyAssessmentController(EmployeeRecordsService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "Các lần đánh giá năng lực của một cán bộ", description = "Theo ngày đánh giá; phân trang.")
    PageResponse<AssessmentView> list(@PathVariable String code, @RequestParam(required = false) Integer page,
                          @RequestParam(required = false) Integer size) {
        return service.assessments(code, page, size);
    }

    @PostMapping
    @Operation(summary = "Thêm một lần đánh giá năng lực")
    ResponseEntity<AssessmentView> create(@PathVariable String code, @Valid @RequestBody AssessmentRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(service.addAssessment(code, request));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Xóa một lần đánh giá năng lực theo số (id)")
    ResponseEntity<Void> delete(@PathVariable String code, @PathVariable long id) {
        service.deleteAssessment(code, id);
        return ResponseEntity.noContent().build();
    }
}
