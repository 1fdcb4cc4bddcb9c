package vn.gov.sokhcn.kpi.ruleset.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.gov.sokhcn.kpi.audit.Users.admin;
import static vn.gov.sokhcn.kpi.audit.Users.expert;
import static vn.gov.sokhcn.kpi.audit.Users.hr;
import static vn.gov.sokhcn.kpi.audit.Users.hr2;
import static vn.gov.sokhcn.kpi.audit.Users.staff;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * Four eyes on rule set versions (issue 5): who uploads, who activates (an HR officer who is not the author),
 * the administrator's approval of a structural version, and the audit event of each step.
 */
// A database of its own: version numbers and the state of the versions are asserted exactly.
@SpringBootTest(properties = "kpi.test.context=four-eyes")
@AutoConfigureMockMvc
class FourEyesTest {
    static final String FORBIDDEN = "urn:kpi:problem:forbidden";

    @Autowired
    MockMvc mvc;

    @Test
    void shouldLetOnlyAnotherHrOfficerActivateAVersionAndRecordEveryStep() throws Exception {
        int version = upload(hr(), "bo-quy-tac.zip", RuleSetVersionsHttpTest.raisedBandZip());

        mvc.perform(post("/api/rulesets/{v}/activate", version).with(hr()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(FORBIDDEN))
                .andExpect(jsonPath("$.title").value("Không có quyền"))
                .andExpect(jsonPath("$.detail").value("Phiên bản " + version + " do hr tải lên; cần một cán bộ tổ chức khác kích hoạt."));
        // Refused by the URL rules or by the service (FourEyesRulesTest has the service's reasons).
        mvc.perform(post("/api/rulesets/{v}/activate", version).with(expert())).andExpect(status().isForbidden());
        mvc.perform(post("/api/rulesets/{v}/activate", version).with(staff())).andExpect(status().isForbidden());
        mvc.perform(get("/api/rulesets/{v}", version).with(hr())).andExpect(jsonPath("$.state").value("DRAFT"));

        mvc.perform(post("/api/rulesets/{v}/activate", version).with(hr2()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ACTIVE"))
                .andExpect(jsonPath("$.activatedBy").value("hr2"));

        List<JsonNode> events = events(version);
        assertThat(events).extracting(e -> e.get("action").asString() + " " + e.get("actor").asString())
                .containsExactly("RULESET_ACTIVATED hr2", "RULESET_VALIDATED hr", "RULESET_UPLOADED hr");
        JsonNode activated = events.get(0);
        assertThat(activated.at("/before/state").asString()).isEqualTo("DRAFT");
        assertThat(activated.at("/after/state").asString()).isEqualTo("ACTIVE");
        assertThat(activated.at("/after/activatedBy").asString()).isEqualTo("hr2");
        assertThat(activated.get("detail").asString()).startsWith("Kích hoạt phiên bản " + version + "; thôi áp dụng phiên bản ");
        assertThat(events.get(1).at("/after/passed").asBoolean()).isTrue();
        assertThat(events.get(2).at("/after/version/state").asString()).isEqualTo("DRAFT");
        assertThat(events.get(2).at("/after/version/author").asString()).isEqualTo("hr");
        assertThat(events.get(2).get("before").isNull()).isTrue();

        // Rolling back to version 1 (the folders at the first start: the server operator's) by any HR officer.
        mvc.perform(post("/api/rulesets/1/activate").with(hr())).andExpect(status().isOk());
        JsonNode rollback = events(1).get(0);
        assertThat(rollback.get("action").asString()).isEqualTo("RULESET_ROLLED_BACK");
        assertThat(rollback.get("actor").asString()).isEqualTo("hr");
        assertThat(rollback.get("detail").asString()).isEqualTo("Quay lại phiên bản 1 (đang áp dụng phiên bản " + version
                + "); thôi áp dụng phiên bản " + version);
        assertThat(rollback.at("/before/state").asString()).isEqualTo("RETIRED");
        assertThat(rollback.at("/after/state").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void shouldNeedAnAdministratorsApprovalBeforeAStructuralVersionIsActivated() throws Exception {
        int version = upload(expert(), "inputs.drl", commentedDrl());
        mvc.perform(get("/api/rulesets/{v}", version).with(hr()))
                .andExpect(jsonPath("$.structural").value(true))
                .andExpect(jsonPath("$.approvedBy").isEmpty());

        mvc.perform(post("/api/rulesets/{v}/activate", version).with(hr2()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:kpi:problem:approval-required"))
                .andExpect(jsonPath("$.title").value("Cần quản trị viên phê duyệt"))
                .andExpect(jsonPath("$.detail").value("Phiên bản " + version + " có thay đổi cấu trúc (dòng mã, trang tính hoặc "
                        + "tệp DRL); cần quản trị viên phê duyệt thay đổi cấu trúc trước khi kích hoạt (POST /api/rulesets/"
                        + version + "/approve)."));
        mvc.perform(post("/api/rulesets/{v}/approve", version).with(hr2())).andExpect(status().isForbidden());

        mvc.perform(post("/api/rulesets/{v}/approve", version).with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("DRAFT"))
                .andExpect(jsonPath("$.approvedBy").value("admin"));
        mvc.perform(get("/api/rulesets/{v}", version).with(hr()))
                .andExpect(jsonPath("$.approvedBy").value("admin"))
                .andExpect(jsonPath("$.approvedAt").isNotEmpty());
        mvc.perform(post("/api/rulesets/{v}/approve", version).with(admin()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:kpi:problem:approval-not-needed"))
                .andExpect(jsonPath("$.detail").value("Phiên bản " + version + " đã được admin phê duyệt."));

        mvc.perform(post("/api/rulesets/{v}/activate", version).with(hr2()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ACTIVE"));

        List<JsonNode> events = events(version);
        assertThat(events).extracting(e -> e.get("action").asString() + " " + e.get("actor").asString())
                .containsExactly("RULESET_ACTIVATED hr2", "RULESET_VALIDATED admin", "RULESET_APPROVED admin",
                        "RULESET_VALIDATED expert", "RULESET_UPLOADED expert");
        // Checked statically at the upload (its code awaited approval), compiled and tested at the approval.
        assertThat(events.get(3).get("detail").asString()).isEqualTo("Kiểm tra tĩnh phiên bản " + version + " (chưa biên dịch, "
                + "chưa chạy thử: chờ quản trị viên phê duyệt thay đổi mã): không có lỗi");
        assertThat(events.get(1).get("detail").asString()).isEqualTo("Kiểm tra phiên bản " + version
                + ": biên dịch được, không có lỗi, đạt các ca kiểm thử");
        JsonNode approved = events.get(2);
        assertThat(approved.at("/before/approvedBy").isNull()).isTrue();
        assertThat(approved.at("/after/approvedBy").asString()).isEqualTo("admin");
        assertThat(approved.get("detail").asString()).isEqualTo("Phê duyệt thay đổi cấu trúc của phiên bản " + version
                + " (do expert tải lên)");
        mvc.perform(post("/api/rulesets/1/activate").with(hr())).andExpect(status().isOk());
    }

    @Test
    void shouldRefuseTheAuthorsOwnApprovalAndANonStructuralOne() throws Exception {
        int version = upload(admin(), "inputs.drl", commentedDrl());
        mvc.perform(post("/api/rulesets/{v}/approve", version).with(admin()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Phiên bản " + version + " do admin tải lên; cần một quản trị viên khác phê duyệt."));
        assertThat(events(version)).extracting(e -> e.get("action").asString())
                .containsExactly("RULESET_VALIDATED", "RULESET_UPLOADED");
    }

    @Test
    void shouldLetOnlyExpertsHrOfficersAndAdministratorsUpload() throws Exception {
        mvc.perform(multipart("/api/rulesets").file(new MockMultipartFile("file", "inputs.drl", "text/plain", commentedDrl()))
                        .with(staff()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/rulesets/1/approve").with(admin()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Phiên bản 1 không có thay đổi cấu trúc nên không cần phê duyệt; một cán bộ "
                        + "tổ chức khác người tải lên kích hoạt được ngay."));
    }

    private int upload(RequestPostProcessor who, String name, byte[] content) throws Exception {
        String body = mvc.perform(multipart("/api/rulesets").file(new MockMultipartFile("file", name, "application/octet-stream", content))
                        .with(who))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return RulesetHttp.JSON.readTree(body).get("version").asInt();
    }

    /** The events of a version, newest first, as an administrator reads them. */
    private List<JsonNode> events(int version) throws Exception {
        String body = mvc.perform(get("/api/audit").param("objectType", "RuleSetVersion").param("objectId", String.valueOf(version))
                        .param("size", "50").with(admin()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<JsonNode> events = new java.util.ArrayList<>();
        RulesetHttp.JSON.readTree(body).get("items").forEach(events::add);
        return events;
    }

    /** rules/validation/inputs.drl with a comment of its own: a DRL change, so structural. */
    private static byte[] commentedDrl() {
        String drl = new String(RulesetHttp.read(Path.of("rules/validation/inputs.drl")), StandardCharsets.UTF_8);
        return (drl + "\n// Ghi chú " + UUID.randomUUID() + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
