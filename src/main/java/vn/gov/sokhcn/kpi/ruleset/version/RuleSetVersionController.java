package vn.gov.sokhcn.kpi.ruleset.version;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.gov.sokhcn.kpi.ruleset.RuleSetFiles;
import vn.gov.sokhcn.kpi.ruleset.version.RuleSetVersion.State;
import vn.gov.sokhcn.kpi.system.NotFoundException;

@RestController
@RequestMapping("/api/rulesets")
class RuleSetVersionController {
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType DRL = new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8);

    private final RuleSetVersions versions;
    private final SourceReaders readers;

    RuleSetVersionController(RuleSetVersions versions, SourceReaders readers) {
        this.versions = versions;
        this.readers = readers;
    }

    record Details(int version, State state, String sha256, String author, String comment, LocalDateTime createdAt,
                   LocalDateTime activatedAt, String activatedBy, LocalDate effectiveFrom, LocalDate effectiveTo,
                   Integer basedOn, boolean structural, String approvedBy, LocalDateTime approvedAt,
                   boolean pendingApproval, String notice, List<ProblemView> problems,
                   List<ExpectationChange> expectationChanges) {
    }

    record Activation(LocalDate effectiveFrom, LocalDate effectiveTo) {
    }

    /**
     * One or more files (several parts named {@code file}); {@code basedOn} (form field or query parameter): the DRAFT
     * to continue, or the ACTIVE version the client saw, whose other files are kept — by default the active version;
     * 409 ({@link StaleBaseException}) when that ACTIVE version is no longer the one in force.
     */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<RuleSetVersions.Draft> upload(@RequestPart(name = "file", required = false) List<MultipartFile> files,
                                                 @RequestParam(name = "basedOn", required = false) String basedOn,
                                                 @RequestParam(name = "comment", required = false) String comment) throws IOException {
        List<RuleSetVersions.UploadedFile> uploads = new java.util.ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            uploads.add(new RuleSetVersions.UploadedFile(file.getOriginalFilename(), file.getBytes()));
        }
        RuleSetVersions.Draft draft = versions.upload(uploads, basedOn, comment);
        return ResponseEntity.created(URI.create("/api/rulesets/" + draft.version())).body(draft);
    }

    /** The steps of a draft back to the version it started from, oldest first, each with its changed files. */
    @GetMapping("/{version}/history")
    List<DraftSteps.Step> history(@PathVariable int version) {
        return versions.history(version);
    }

    @GetMapping
    List<RuleSetVersion> all() {
        return versions.all();
    }

    @GetMapping("/{version}")
    Details one(@PathVariable int version) {
        RuleSetVersion v = versions.version(version);
        return new Details(v.version(), v.state(), v.sha256(), v.author(), v.comment(), v.createdAt(), v.activatedAt(),
                v.activatedBy(), v.effectiveFrom(), v.effectiveTo(), v.basedOn(), v.structural(), v.approvedBy(), v.approvedAt(),
                v.pendingApproval(), v.notice(), versions.problems(version), versions.expectationChanges(version));
    }

    @GetMapping("/{version}/zip")
    ResponseEntity<byte[]> zip(@PathVariable int version) {
        return download(VersionZip.of(readers.files(version)), MediaType.parseMediaType("application/zip"),
                "bo-quy-tac-v" + version + ".zip");
    }

    @GetMapping("/{version}/files/{name}")
    ResponseEntity<byte[]> file(@PathVariable int version, @PathVariable String name) {
        RuleSetFiles files = readers.files(version);
        String path = files.all().keySet().stream().filter(p -> p.endsWith("/" + name)).findFirst()
                .orElseThrow(() -> new NotFoundException("tệp của phiên bản " + version, name));
        return download(files.all().get(path), name.endsWith(".xlsx") ? XLSX : DRL, name);
    }

    @PostMapping("/{version}/activate")
    RuleSetVersion activate(@PathVariable int version, @RequestBody(required = false) Activation body) {
        return versions.activate(version, body == null ? null : body.effectiveFrom(), body == null ? null : body.effectiveTo());
    }

    /** An administrator's approval of a structural version (four eyes). */
    @PostMapping("/{version}/approve")
    RuleSetVersion approve(@PathVariable int version) {
        return versions.approve(version);
    }

    @ExceptionHandler(ApprovalRequiredException.class)
    ResponseEntity<ProblemDetail> approval(ApprovalRequiredException e) {
        return e instanceof ApprovalRequiredException.NotNeeded
                ? problem(HttpStatus.CONFLICT, "urn:kpi:problem:approval-not-needed", "Không cần phê duyệt", e.getMessage())
                : problem(HttpStatus.CONFLICT, "urn:kpi:problem:approval-required", "Cần quản trị viên phê duyệt", e.getMessage());
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(type));
        problem.setTitle(title);
        return ResponseEntity.status(status).body(problem);
    }

    /** A lost update refused: the version the client based its work on and the one in force now. */
    @ExceptionHandler(StaleBaseException.class)
    ResponseEntity<ProblemDetail> staleBase(StaleBaseException e) {
        ResponseEntity<ProblemDetail> response = problem(HttpStatus.CONFLICT, "urn:kpi:problem:stale-base",
                "Phiên bản làm nền đã cũ", e.getMessage());
        response.getBody().setProperty("basedOn", e.basedOn());
        response.getBody().setProperty("active", e.active());
        return response;
    }

    @ExceptionHandler(VersionHasProblemsException.class)
    ResponseEntity<ProblemDetail> hasProblems(VersionHasProblemsException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(URI.create("urn:kpi:problem:rule-set-has-problems"));
        problem.setTitle("Phiên bản bộ quy tắc còn lỗi");
        problem.setProperty("problems", e.problems());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }
}
