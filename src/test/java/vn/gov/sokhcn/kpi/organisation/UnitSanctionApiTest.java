package vn.gov.sokhcn.kpi.organisation;

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

@ApiTest
class UnitSanctionApiTest {
    @Autowired
    MockMvc mvc;

    Api api;

    @BeforeEach
    void units() throws Exception {
        api = new Api(mvc);
        api.post("/api/units", "{'code':'PKH','name':'Phòng Kế hoạch'}");
        api.post("/api/units", "{'code':'TTRA','name':'Thanh tra Sở'}");
    }

    @Test
    void shouldRecordListAndDeleteTheSanctionsOfAUnit() throws Exception {
        String body = api.post("/api/units/PKH/sanctions", "{'decidedOn':'2026-04-01','decisionNo':'20/QĐ-UBND','note':'Lãng phí'}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.unit").value("PKH"))
                .andReturn().getResponse().getContentAsString();
        long id = JsonMapper.builder().build().readTree(body).get("id").asLong();
        api.post("/api/units/PKH/sanctions", "{'decidedOn':'2025-11-20'}");
        api.get("/api/units/PKH/sanctions")
                .andExpect(jsonPath("$.items[*].decidedOn", contains("2025-11-20", "2026-04-01")))
                .andExpect(jsonPath("$.items[1].decisionNo").value("20/QĐ-UBND"));
        api.get("/api/units/TTRA/sanctions").andExpect(jsonPath("$.total").value(0));

        api.delete("/api/units/TTRA/sanctions/" + id)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Không tìm thấy quyết định xử lý số " + id + " của đơn vị «TTRA»"));
        api.delete("/api/units/PKH/sanctions/" + id).andExpect(status().isNoContent());
        api.get("/api/units/PKH/sanctions").andExpect(jsonPath("$.items[*].decidedOn", contains("2025-11-20")));
    }

    @Test
    void shouldRefuseASanctionWithoutADate() throws Exception {
        api.post("/api/units/PKH/sanctions", "{'decisionNo':'20/QĐ-UBND'}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("$.decidedOn"))
                .andExpect(jsonPath("$.errors[0].message").value("Thiếu ngày quyết định"));
    }

    @Test
    void shouldRefuseDeletingAUnitThatHasASanction() throws Exception {
        api.post("/api/units/TTRA/sanctions", "{'decidedOn':'2026-04-01'}");
        api.delete("/api/units/TTRA")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Không xóa được đơn vị «TTRA»: còn 1 quyết định xử lý đơn vị"));
    }

    @Test
    void shouldAnswer404ForTheSanctionsOfAnUnknownUnit() throws Exception {
        api.get("/api/units/KHONG_CO/sanctions")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Không tìm thấy đơn vị «KHONG_CO»"));
    }
}
