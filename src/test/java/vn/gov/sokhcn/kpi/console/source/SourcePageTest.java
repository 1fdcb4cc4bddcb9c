package vn.gov.sokhcn.kpi.console.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.gov.sokhcn.kpi.audit.Users.staff;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.gov.sokhcn.kpi.console.ConsolePagesContext;

/** /rules/{version}/source: the sheet or DRL file a reason names, the decided row highlighted, for any signed-in user. */
@ConsolePagesContext
class SourcePageTest {
    @Autowired
    MockMvc mvc;

    @Test
    void showsTheSheetWithTheDecidedRowAndCellHighlighted() throws Exception {
        String page = mvc.perform(get("/rules/1/source").param("ref", "decision-tables/xep-loai.drl.xlsx!Khung điểm!D19").with(staff()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<h1>Bảng quyết định <span>decision-tables/xep-loai.drl.xlsx</span></h1>")
                .contains("trang\n    «<strong>Khung điểm</strong>»")
                .contains("<strong class=\"source-cell\">D19</strong>")
                .contains("<th class=\"decided-column\">D</th>")
                .contains("<tr id=\"row-19\" class=\"decided\">")
                .contains("<td class=\"decided-cell\">90</td>")
                .contains("<tr id=\"row-20\">")
                .contains("<td>DECREE_335</td>")
                .contains("<a href=\"/rules/1/source?ref=decision-tables/xep-loai.drl.xlsx!Khung%20%C4%91i%E1%BB%83m\" class=\"active\">Khung điểm</a>")
                .contains("<script src=\"/js/source.js\"></script>");
        assertThat(page.split("class=\"decided\"", -1)).hasSize(2);
    }

    @Test
    void showsADrlFileWithTheDecidedLineHighlighted() throws Exception {
        mvc.perform(get("/rules/1/source").param("ref", "rules/rating/band.drl:3").with(staff()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Tệp luật <span>rules/rating/band.drl</span></h1>")))
                .andExpect(content().string(containsString("<tr id=\"line-3\" class=\"decided\">")))
                .andExpect(content().string(containsString("<tr id=\"line-1\">")));
    }

    @Test
    void answersABadReferenceWithAVietnamese404Page() throws Exception {
        expectNotFound("/rules/999/source", "decision-tables/xep-loai.drl.xlsx!Khung điểm!D19",
                "Không có phiên bản bộ quy tắc số 999.");
        expectNotFound("/rules/abc/source", "decision-tables/xep-loai.drl.xlsx!Khung điểm!D19",
                "Không có phiên bản bộ quy tắc «abc».");
        expectNotFound("/rules/1/source", "decision-tables/khong-co.drl.xlsx!Khung điểm!D19",
                "Phiên bản 1 không có tệp «decision-tables/khong-co.drl.xlsx».");
        expectNotFound("/rules/1/source", "decision-tables/xep-loai.drl.xlsx!Không có!D19",
                "Tệp «decision-tables/xep-loai.drl.xlsx» không có trang «Không có».");
        expectNotFound("/rules/1/source", "decision-tables/xep-loai.drl.xlsx!Khung điểm!D5000",
                "Trang «Khung điểm» không có dòng 5000.");
        expectNotFound("/rules/1/source", "rules/rating/band.drl:99999", "Tệp «rules/rating/band.drl» chỉ có ");
        expectNotFound("/rules/1/source", "/etc/passwd",
                "Vị trí «/etc/passwd» không đúng dạng tệp!trang!ô của bảng quyết định hay tệp:dòng của tệp luật.");
        expectNotFound("/rules/1/source", null,
                "Thiếu vị trí cần xem (tham số ref, ví dụ decision-tables/xep-loai.drl.xlsx!Khung điểm!D19).");
    }

    @Test
    void sendsSomeoneNotSignedInToTheLoginPage() throws Exception {
        mvc.perform(get("/rules/1/source").param("ref", "rules/rating/band.drl:3"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    private void expectNotFound(String path, String ref, String message) throws Exception {
        var request = get(path).with(staff());
        if (ref != null) {
            request.param("ref", ref);
        }
        mvc.perform(request)
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("<h1>Không tìm thấy nguồn quy tắc</h1>")))
                .andExpect(content().string(containsString(message)));
    }
}
