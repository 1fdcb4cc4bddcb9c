package vn.gov.sokhcn.kpi.kpi.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.gov.sokhcn.kpi.system.FieldProblem;
import vn.gov.sokhcn.kpi.system.InvalidRequestException;
import vn.gov.sokhcn.kpi.kpi.imports.ImportService.TemplateFormat;

@RestController
@RequestMapping("/api/periods/{code}")
class ImportController {
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ImportService service;

    ImportController(ImportService service) {
        this.service = service;
    }

    /** The period's template; {@code format} xlsx (default) or csv, else an Accept of text/csv asks for csv. */
    @GetMapping("/import-template")
    ResponseEntity<byte[]> template(@PathVariable String code, @RequestParam(required = false) String format,
                                    @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        TemplateFormat chosen = format(format, accept);
        byte[] body = service.template(code, chosen);
        String filename = "mau-nhap-" + code + (chosen == TemplateFormat.CSV ? ".csv" : ".xlsx");
        return ResponseEntity.ok()
                .contentType(chosen == TemplateFormat.CSV ? CSV : XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename).build().toString())
                .body(body);
    }

    /** Imports assignments and measurements from an .xlsx or .csv in the template's shape: all rows or none. */
    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportResult importFile(@PathVariable String code, @RequestPart(name = "file", required = false) MultipartFile file)
            throws IOException {
        if (file == null) {
            throw new UnreadableFileException("Thiếu tệp: gửi tệp .xlsx hoặc .csv trong phần «file» của yêu cầu multipart/form-data");
        }
        return service.importFile(code, file.getOriginalFilename(), file.getBytes());
    }

    private static TemplateFormat format(String format, String accept) {
        if (format == null || format.isBlank()) {
            boolean csv = accept != null && MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(t -> t.getType().equals("text") && t.getSubtype().equals("csv"));
            return csv ? TemplateFormat.CSV : TemplateFormat.XLSX;
        }
        return switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "xlsx" -> TemplateFormat.XLSX;
            case "csv" -> TemplateFormat.CSV;
            default -> throw new InvalidRequestException(List.of(new FieldProblem("format",
                    "Định dạng «" + format + "» không được hỗ trợ; chỉ nhận xlsx hoặc csv")));
        };
    }
}
