package vn.gov.sokhcn.kpi.appraisal.worklist;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Đánh giá, xếp loại", description = "Quy trình đánh giá, xếp loại chất lượng")
class WorkListController {
    private final WorkList workList;

    WorkListController(WorkList workList) {
        this.workList = workList;
    }

    @GetMapping("/api/work-list")
    @Operation(summary = "Việc cần làm của người đang đăng nhập",
            description = "Tự đánh giá, họp nhận xét, quyết định, công bố, khiếu nại: hạn và đã quá hạn hay chưa.")
    List<WorkItem> workList() {
        return workList.forCurrentUser(LocalDate.now());
    }
}
