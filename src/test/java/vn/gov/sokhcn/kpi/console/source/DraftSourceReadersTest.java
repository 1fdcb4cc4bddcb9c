package vn.gov.sokhcn.kpi.console.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.gov.sokhcn.kpi.audit.Users.admin;
import static vn.gov.sokhcn.kpi.audit.Users.expert;
import static vn.gov.sokhcn.kpi.audit.Users.hr;
import static vn.gov.sokhcn.kpi.audit.Users.staff;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.gov.sokhcn.kpi.audit.Users;
import vn.gov.sokhcn.kpi.console.ConsolePagesContext;
import vn.gov.sokhcn.kpi.console.RuleWorkbooks;
import vn.gov.sokhcn.kpi.ruleset.version.ActiveRuleSet;
import vn.gov.sokhcn.kpi.security.Role;
import vn.gov.sokhcn.kpi.system.StoredFingerprint;

/**
 * The files of a DRAFT rule set version are for those who upload and review drafts (ADMIN, HR_OFFICER, EXPERT):
 * a unit head or a member of staff gets 403 on the console's source view and on the API's downloads, and nothing
 * stored changes. A version in force keeps its readers: every signed-in user follows a reason to its cell.
 */
@ConsolePagesContext
class DraftSourceReadersTest {
    static final String CELL = "decision-tables/xep-loai.drl.xlsx!Khung điểm!D19";

    @Autowired
    MockMvc mvc;
    @Autowired
    ActiveRuleSet active;
    @Autowired
    DataSource dataSource;
    int draft;

    static RequestPostProcessor head() {
        return Users.as("head", Role.UNIT_HEAD);
    }

    @BeforeEach
    void draftUploadedByAnExpert() throws Exception {
        String answer = mvc.perform(multipart("/api/rulesets").with(expert())
                        .file(new MockMultipartFile("file", RuleWorkbooks.WORKBOOK, "application/octet-stream",
                                RuleWorkbooks.raisedExcellence())))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        draft = Integer.parseInt(answer.replaceAll("(?s).*\"version\"\\s*:\\s*(\\d+).*", "$1"));
    }

    @Test
    void refusesTheSourceViewOfADraftToUnitHeadsAndStaffWithAVietnamesePage() throws Exception {
        for (RequestPostProcessor who : List.of(head(), staff())) {
            Map<String, String> before = StoredFingerprint.of(dataSource);
            String page = mvc.perform(get("/rules/{v}/source", draft).param("ref", CELL).with(who))
                    .andExpect(status().isForbidden())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).contains("Bạn không có quyền xem trang này")
                    .contains("Phiên bản " + draft + " là bản nháp chưa được áp dụng: chỉ Quản trị hệ thống, "
                            + "Cán bộ tổ chức - nhân sự và Thành viên tổ chuyên gia xem được tệp của bản nháp.")
                    .doesNotContain("decided-cell");
            assertThat(StoredFingerprint.of(dataSource)).isEqualTo(before);
        }
    }

    @Test
    void showsTheSourceViewOfADraftToAdminHrAndExpert() throws Exception {
        for (RequestPostProcessor who : List.of(admin(), hr(), expert())) {
            String page = mvc.perform(get("/rules/{v}/source", draft).param("ref", CELL).with(who))
                    .andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).contains("<strong class=\"source-cell\">D19</strong>");
        }
    }

    @Test
    void refusesTheDraftsFilesAndZipOnTheApiToUnitHeadsAndStaff() throws Exception {
        for (RequestPostProcessor who : List.of(head(), staff())) {
            Map<String, String> before = StoredFingerprint.of(dataSource);
            for (String path : List.of("/api/rulesets/" + draft + "/files/xep-loai.drl.xlsx", "/api/rulesets/" + draft + "/zip")) {
                mvc.perform(get(path).with(who))
                        .andExpect(status().isForbidden())
                        .andExpect(header().string("Content-Type", "application/problem+json;charset=UTF-8"))
                        .andExpect(jsonPath("$.type").value("urn:kpi:problem:forbidden"))
                        .andExpect(jsonPath("$.title").value("Không có quyền"));
            }
            assertThat(StoredFingerprint.of(dataSource)).isEqualTo(before);
        }
        mvc.perform(get("/api/rulesets/{v}/files/xep-loai.drl.xlsx", draft).with(expert())).andExpect(status().isOk());
        mvc.perform(get("/api/rulesets/{v}/zip", draft).with(hr())).andExpect(status().isOk());
    }

    @Test
    void keepsTheSourceOfTheVersionInForceOpenToEverySignedInUser() throws Exception {
        int inForce = active.get().version();
        for (RequestPostProcessor who : List.of(head(), staff())) {
            mvc.perform(get("/rules/{v}/source", inForce).param("ref", CELL).with(who)).andExpect(status().isOk());
        }
    }
}
