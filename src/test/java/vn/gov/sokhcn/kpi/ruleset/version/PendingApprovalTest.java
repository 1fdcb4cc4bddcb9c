package vn.gov.sokhcn.kpi.ruleset.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.gov.sokhcn.kpi.audit.Users.admin;
import static vn.gov.sokhcn.kpi.audit.Users.expert;
import static vn.gov.sokhcn.kpi.audit.Users.hr;
import static vn.gov.sokhcn.kpi.audit.Users.hr2;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import vn.gov.sokhcn.kpi.console.RuleWorkbooks;
import vn.gov.sokhcn.kpi.system.StoredFingerprint;
import vn.gov.sokhcn.kpi.trial.TrialData;

/**
 * Issue 13, points 1 and 2: a draft that changes rule code (a DRL, a code row, a second RuleTable block)
 * is only parsed, diffed and checked statically until an administrator approves it — its upload, its
 * version in the API, a trial of it and its console page run none of its code, and nothing but the draft
 * is stored; after the approval its full validation, «Kiểm thử» included, runs.
 */
// The trials' context: its stored months let a trial request get as far as the candidate.
@SpringBootTest(properties = "kpi.test.database=trials")
@AutoConfigureMockMvc
class PendingApprovalTest {
    static final String NOTICE = "Thay đổi mã quy tắc: cần quản trị viên phê duyệt trước khi chạy thử";
    static final String XEP_LOAI = "decision-tables/xep-loai.drl.xlsx";
    /** Tables an upload writes: the draft's row and its files, the count of version changes, its stored problems. */
    static final List<String> DRAFT_TABLES = List.of("rule_set_versions", "rule_set_files", "rule_set_changes",
            "rule_set_validations", "rule_set_validation_problems");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @TempDir
    Path dir;

    @BeforeEach
    void data() {
        new TrialData(jdbc).ensure();
    }

    /** A Java statement that leaves a file behind if it ever runs. */
    private static String writes(Path file) {
        return "java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + file + "\"), \"x\");";
    }

    @Test
    void shouldRunNothingOfAnUploadedDrlWhoseConsequenceWritesAFileBeforeAnAdministratorApprovedIt() throws Exception {
        Path target = dir.resolve("drl-rule-ran.txt");
        String pilot = Files.readString(Path.of("rules/rating/pilot.drl"));
        String hostile = pilot + "\nrule \"Ghi tệp lên máy chủ\"\nwhen\nthen\n    " + writes(target) + "\nend\n";

        assertRunsNothingBeforeApproval(target, "pilot.drl", hostile.getBytes(StandardCharsets.UTF_8),
                "rules/rating/pilot.drl", "DRL", "rules/rating/pilot.drl:" + (pilot.lines().count() + 5));
    }

    @Test
    void shouldRunNothingOfAChangedWorkbookCodeRowBeforeAnAdministratorApprovedIt() throws Exception {
        Path target = dir.resolve("code-row-ran.txt");
        byte[] workbook = RuleWorkbooks.with(RuleWorkbooks.shipped(), RuleWorkbooks.VIOLATIONS,
                Map.of(RuleWorkbooks.VIOLATION_CODE_CELL, "row.setRatingCode(\"$param\"); " + writes(target)));

        assertRunsNothingBeforeApproval(target, RuleWorkbooks.WORKBOOK, workbook, XEP_LOAI + "!Vi phạm!D9", "HEADER_CELL",
                XEP_LOAI + "!Vi phạm!D9");
    }

    @Test
    void shouldTreatASecondRuleTableBlockBelowTheDataRowsAsCodeThatAnAdministratorMustApprove() throws Exception {
        Path target = dir.resolve("second-block-ran.txt");
        byte[] workbook = RuleWorkbooks.withSecondViolationBlock(RuleWorkbooks.shipped(),
                "row.setRatingCode(\"$param\"); " + writes(target), "KHTNV");
        Map<String, String> stored = StoredFingerprint.of(dataSource);

        JsonNode draft = upload(hr(), RuleWorkbooks.WORKBOOK, workbook);
        int version = draft.get("version").asInt();
        assertThat(draft.get("structural").asBoolean()).isTrue();
        assertThat(draft.get("pendingApproval").asBoolean()).isTrue();
        assertThat(draft.get("changes").get(0).get("kind").asString()).isEqualTo("HEADER_CELL");
        assertThat(draft.get("changes").get(0).get("location").asString()).isEqualTo(XEP_LOAI + "!Vi phạm!B15");
        assertThat(draft.get("changes").findValuesAsString("location")).contains(XEP_LOAI + "!Vi phạm!D18");

        // A second HR officer cannot put it in force without an administrator's approval.
        JsonNode refused = json(mvc.perform(post("/api/rulesets/{v}/activate", version).with(hr2())).andReturn().getResponse(), 409);
        assertThat(refused.get("type").asString()).isEqualTo("urn:kpi:problem:approval-required");
        assertThat(target).doesNotExist();
        assertOnlyTheDraftWasStored(stored);
        assertThat(state(version)).isEqualTo("DRAFT");
    }

    @Test
    void shouldTreatARuleTableBlockOnANewSheetAsCodeThatAnAdministratorMustApprove() throws Exception {
        JsonNode draft = upload(hr(), RuleWorkbooks.WORKBOOK, RuleWorkbooks.withViolationBlockOnANewSheet(RuleWorkbooks.shipped()));
        assertThat(draft.get("structural").asBoolean()).isTrue();
        assertThat(draft.get("pendingApproval").asBoolean()).isTrue();
        assertThat(draft.get("changes").findValuesAsString("kind")).containsExactly("SHEET_ADDED");
        assertThat(draft.get("changes").findValuesAsString("location")).containsExactly(XEP_LOAI + "!Vi phạm thêm");
    }

    @Test
    void shouldRunTheFullValidationWithItsTestCasesOnceAnAdministratorApproved() throws Exception {
        // A harmless change of the bands' «Điểm từ» code row: structural, yet every value and case stays the same.
        byte[] workbook = RuleWorkbooks.with(RuleWorkbooks.shipped(), RuleWorkbooks.BANDS, Map.of("D9", "row.setFrom($param + 0);"));
        JsonNode draft = upload(expert(), RuleWorkbooks.WORKBOOK, workbook);
        int version = draft.get("version").asInt();
        assertThat(draft.get("pendingApproval").asBoolean()).isTrue();
        assertThat(draft.get("problems")).isEmpty();

        JsonNode approved = json(mvc.perform(post("/api/rulesets/{v}/approve", version).with(admin())).andReturn().getResponse(), 200);
        assertThat(approved.get("approvedBy").asString()).isEqualTo("admin");

        JsonNode after = json(mvc.perform(get("/api/rulesets/{v}", version).with(hr())).andReturn().getResponse(), 200);
        assertThat(after.get("pendingApproval").asBoolean()).isFalse();
        assertThat(after.get("notice").isNull()).isTrue();
        assertThat(after.get("problems")).isEmpty();
        String page = mvc.perform(get("/rulesets/{v}", version).with(expert())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).containsPattern("<span id=\"tests-summary\">(\\d+)/\\1 ca đạt</span>")
                .contains("data-case=\"XL-01\"", "id=\"run-tests\"").doesNotContain(NOTICE);
        assertThat(events(version)).containsExactly("RULESET_VALIDATED admin", "RULESET_APPROVED admin",
                "RULESET_VALIDATED expert", "RULESET_UPLOADED expert");
    }

    /**
     * Upload, the version in the API, a trial (API and console), the console page and its «run tests»: nothing runs; the
     * static confinement check names the file-writing code at {@code problemAt}.
     */
    private void assertRunsNothingBeforeApproval(Path target, String fileName, byte[] content, String changedAt, String kind,
                                                 String problemAt) throws Exception {
        Map<String, String> stored = StoredFingerprint.of(dataSource);

        JsonNode draft = upload(expert(), fileName, content);
        int version = draft.get("version").asInt();
        assertThat(draft.get("structural").asBoolean()).isTrue();
        assertThat(draft.get("pendingApproval").asBoolean()).isTrue();
        assertThat(draft.get("notice").asString()).isEqualTo(NOTICE);
        assertConfinementRefuses(draft.get("problems"), problemAt);
        assertThat(draft.get("changes").get(0).get("location").asString()).isEqualTo(changedAt);
        assertThat(draft.get("changes").get(0).get("kind").asString()).isEqualTo(kind);
        assertThat(target).doesNotExist();

        JsonNode read = json(mvc.perform(get("/api/rulesets/{v}", version).with(hr())).andReturn().getResponse(), 200);
        assertThat(read.get("pendingApproval").asBoolean()).isTrue();
        assertThat(read.get("notice").asString()).isEqualTo(NOTICE);
        assertConfinementRefuses(read.get("problems"), problemAt);
        assertThat(target).doesNotExist();

        JsonNode trial = json(mvc.perform(post("/api/trials").with(hr()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"candidate\":" + version + ",\"periods\":[\"2025-05\"]}")).andReturn().getResponse(), 409);
        assertThat(trial.get("type").asString()).isEqualTo("urn:kpi:problem:approval-required");
        assertThat(trial.get("detail").asString()).isEqualTo("Phiên bản " + version + " chưa chạy được. " + NOTICE + ".");
        assertThat(trial.get("notice").asString()).isEqualTo(NOTICE);
        assertThat(target).doesNotExist();

        MockHttpServletResponse consoleTrial = mvc.perform(post("/trials").with(hr()).param("candidate", String.valueOf(version))
                .param("periods", "2025-05")).andReturn().getResponse();
        assertThat(consoleTrial.getStatus()).isEqualTo(409);
        assertThat(consoleTrial.getContentAsString(StandardCharsets.UTF_8)).contains(NOTICE);

        String page = mvc.perform(get("/rulesets/{v}", version).with(expert())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"pending-approval\"", NOTICE + ".", changedAt)
                .doesNotContain("id=\"run-tests\"", "id=\"tests-summary\"");
        MockHttpServletResponse runTests = mvc.perform(post("/rulesets/{v}/tests", version).with(expert())).andReturn().getResponse();
        assertThat(runTests.getRedirectedUrl()).isEqualTo("/rulesets/" + version);
        assertThat(target).doesNotExist();

        assertOnlyTheDraftWasStored(stored);
        assertThat(events(version)).containsExactly("RULESET_VALIDATED expert", "RULESET_UPLOADED expert");
    }

    private static void assertConfinementRefuses(JsonNode problems, String at) {
        List<String> found = new java.util.ArrayList<>();
        problems.forEach(p -> found.add(p.get("location").asString() + " " + p.get("message").asString()));
        assertThat(found).containsExactlyInAnyOrder(
                at + " Mã quy tắc dùng «java.nio.file.Path», nằm ngoài những gì được phép dùng khi tính xếp loại (các lớp dữ kiện"
                        + " và dòng bảng của dự án, Math, java.math, java.time, chuỗi và tập hợp).",
                at + " Mã quy tắc dùng «java.nio.file.Files», nằm ngoài những gì được phép dùng khi tính xếp loại (các lớp dữ kiện"
                        + " và dòng bảng của dự án, Math, java.math, java.time, chuỗi và tập hợp).");
    }

    private void assertOnlyTheDraftWasStored(Map<String, String> before) {
        Map<String, String> after = new TreeMap<>(StoredFingerprint.of(dataSource));
        Map<String, String> was = new TreeMap<>(before);
        DRAFT_TABLES.forEach(t -> {
            was.remove(t);
            after.remove(t);
        });
        assertThat(after).isEqualTo(was);
        assertThat(rows(StoredFingerprint.of(dataSource).get("rule_set_versions"))).isEqualTo(rows(before.get("rule_set_versions")) + 1);
    }

    private static int rows(String fingerprint) {
        return Integer.parseInt(fingerprint.substring(0, fingerprint.indexOf(' ')));
    }

    private JsonNode upload(RequestPostProcessor who, String name, byte[] content) throws Exception {
        var request = multipart("/api/rulesets")
                .file(new MockMultipartFile("file", name, "application/octet-stream", content)).with(who);
        return json(mvc.perform(request).andReturn().getResponse(), 201);
    }

    private static JsonNode json(MockHttpServletResponse response, int status) throws Exception {
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(status);
        return RulesetHttp.JSON.readTree(body);
    }

    private String state(int version) throws Exception {
        return json(mvc.perform(get("/api/rulesets/{v}", version).with(hr())).andReturn().getResponse(), 200).get("state").asString();
    }

    /** «ACTION actor» of the version's audit events, newest first. */
    private List<String> events(int version) throws Exception {
        JsonNode page = json(mvc.perform(get("/api/audit").param("objectType", "RuleSetVersion")
                .param("objectId", String.valueOf(version)).param("size", "50").with(admin())).andReturn().getResponse(), 200);
        List<String> events = new java.util.ArrayList<>();
        page.get("items").forEach(e -> events.add(e.get("action").asString() + " " + e.get("actor").asString()));
        return events;
    }
}
