package vn.gov.sokhcn.kpi.console.rulesets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.gov.sokhcn.kpi.audit.Users.expert;
import static vn.gov.sokhcn.kpi.audit.Users.hr;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.gov.sokhcn.kpi.console.ConsolePagesContext;
import vn.gov.sokhcn.kpi.console.RuleWorkbooks;
import vn.gov.sokhcn.kpi.ruleset.version.ActiveRuleSet;

/** «Sửa trong trình duyệt»: a draft's sheet as a form, saved as a new step; refused for other roles and other states. */
@ConsolePagesContext
class TablePagesTest {
    private static final String GRID = "/rulesets/{v}/tables/xep-loai.drl.xlsx/Khung điểm";

    @Autowired
    MockMvc mvc;

    @Autowired
    ActiveRuleSet active;

    private int draft() throws Exception {
        String location = mvc.perform(multipart("/rulesets").file(new MockMultipartFile("file", RuleWorkbooks.WORKBOOK,
                        "application/octet-stream", RuleWorkbooks.shipped())).param("comment", "Bản nháp để sửa bảng")
                        .with(expert()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Integer.parseInt(location.substring("/rulesets/".length()));
    }

    @Test
    void shouldLinkEachSheetOfADraftToItsGrid() throws Exception {
        int draft = draft();

        mvc.perform(get("/rulesets/{v}", draft).with(expert()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/rulesets/" + draft
                        + "/tables/xep-loai.drl.xlsx/Khung%20%C4%91i%E1%BB%83m\"")))
                .andExpect(content().string(containsString("Sửa trong trình duyệt «<span>Vi phạm</span>»")));
        mvc.perform(get("/rulesets/{v}", active.get().version()).with(expert()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Sửa trong trình duyệt"))));
    }

    @Test
    void shouldShowTheGridWithTypedInputsAndReadOnlyCodeRows() throws Exception {
        int draft = draft();

        mvc.perform(get(GRID, draft).with(hr()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Sửa bảng «<span>Khung điểm</span>» của <span>xep-loai.drl.xlsx</span></h1>")))
                .andExpect(content().string(containsString("<input type=\"text\" inputmode=\"decimal\" class=\"number\" name=\"c_12_D\" value=\"70\"")))
                .andExpect(content().string(containsString("<input type=\"text\" name=\"c_12_C\" value=\"PILOT_2023\"")))
                .andExpect(content().string(containsString("<option value=\"HTTNV\" selected=\"selected\">HTTNV (Hoàn thành tốt nhiệm vụ)</option>")))
                .andExpect(content().string(containsString("<input type=\"checkbox\" value=\"on\" name=\"remove_12\"")))
                .andExpect(content().string(containsString("<input type=\"text\" readonly class=\"code\" value=\"BandRow row = rows.add(drools, new BandRow());")))
                .andExpect(content().string(not(containsString("name=\"c_9_"))))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void shouldSaveTheChangedCellsAsANewStepAndShowItsDiff() throws Exception {
        int draft = draft();

        String location = mvc.perform(post(GRID, draft).param("c_14_B", "Không hoàn thành nhiệm vụ")
                        .param("n_0_0_B", "").param("comment", "Ghi đủ tên khung").with(hr()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "Đã lưu bảng «Khung điểm»: phiên bản " + (draft + 1) + " (bản nháp, bước tiếp "
                        + "theo của phiên bản " + draft + "), không có lỗi."))
                .andReturn().getResponse().getRedirectedUrl();

        assertThat(location).isEqualTo("/rulesets/" + (draft + 1));
        mvc.perform(get(location).with(hr()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("decision-tables/xep-loai.drl.xlsx!Khung điểm!B14")))
                .andExpect(content().string(containsString("Ghi đủ tên khung")));
    }

    @Test
    void shouldShowTheFormAgainWithTheUploadsMessageAtTheCell() throws Exception {
        int draft = draft();

        mvc.perform(post(GRID, draft).param("c_12_D", "bảy mươi").with(hr()).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("<li>Cột «Điểm từ (≥)»: cần một số (ví dụ 90 hoặc 72.5) ở ô D12; đang có «bảy "
                        + "mươi»: là chữ, không phải số</li>")))
                .andExpect(content().string(containsString("name=\"c_12_D\" value=\"bảy mươi\"")));
    }

    @Test
    void shouldRefuseARoleThatMayNotUploadAndAVersionThatIsNotADraft() throws Exception {
        int draft = draft();

        mvc.perform(get(GRID, draft).with(RuleSetPagesTest.head()))
                .andExpect(status().isForbidden());
        mvc.perform(post(GRID, draft).param("c_12_D", "75").with(RuleSetPagesTest.head()).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/rulesets/{v}/tables/xep-loai.drl.xlsx/Khung điểm", draft).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rows\": [{\"row\": 12, \"cells\": {\"D\": \"75\"}}]}").with(RuleSetPagesTest.head()).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Tài khoản «head» (Trưởng đơn vị) không được phép thực hiện thao tác này."));
        mvc.perform(get(GRID, active.get().version()).with(hr()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("không phải bản nháp: chỉ sửa bảng trong trình duyệt trên một bản nháp")));
    }
}
