package vn.gov.sokhcn.kpi.evaluation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/evaluations")
class EvaluationController {
    private final EvaluationService service;
    private final EvaluationJsonWriter writer;

    EvaluationController(EvaluationService service, EvaluationJsonWriter writer) {
        this.service = service;
        this.writer = writer;
    }

    /**
     * The request's constraints are checked once, by FactAssembler in the service. The whole
     * evaluation is done before the first byte is written, so a refusal is never a partial answer;
     * the answer is then streamed as it is written.
     */
    @PostMapping
    @Operation(summary = "Đánh giá, xếp loại theo dữ liệu gửi lên (không lưu)",
            description = "Trả lời được ghi dần ra luồng (streaming). detail=full (mặc định): đủ điểm, xếp loại, mức đạt "
                    + "các chỉ tiêu và lý do kèm lời giải thích; detail=summary: điểm, xếp loại và với mỗi lý do chỉ quy tắc "
                    + "và ô/dòng nguồn (rule, source), không có lời giải thích (message) và mức đạt (achievements).",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = EvaluationResponse.class))))
    void evaluate(@RequestBody EvaluationRequest request,
                  @Parameter(description = "full (mặc định) hoặc summary", schema = @Schema(allowableValues = {"full", "summary"}))
                  @RequestParam(required = false) String detail,
                  HttpServletResponse response) throws IOException {
        Detail level = Detail.of(detail);
        EvaluationResponse answer = service.evaluate(request, level);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        writer.write(answer, level, response.getOutputStream());
    }
}
