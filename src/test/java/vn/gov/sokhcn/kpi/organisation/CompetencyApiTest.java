package vn.gov.sokhcn.kpi.organisation;

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ApiTest
class CompetencyApiTest {
    @Autowired
    MockMvc mvc;

    Api api;

    @BeforeEach
    void competencies() throws Exception {
        api = new Api(mvc);
        api.post("/api/competencies", "{'code':'NL-01','name':'Xây dựng kế hoạch','description':'Lập kế hoạch năm'}")
                .andExpect(status().isCreated());
        api.post("/api/competencies", "{'code':'NL-02','name':'Thẩm định hồ sơ'}").andExpect(status().isCreated());
    }

    @Test
    void shouldCreateACompetencyAndShowItByCode() throws Exception {
        api.post("/api/competencies", "{'code':'NL-03','name':'Kỹ năng số'}")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/competencies/NL-03"))
                .andExpect(jsonPath("$.id").isNumber());
        api.get("/api/competencies/NL-01")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Xây dựng kế hoạch"))
                .andExpect(jsonPath("$.description").value("Lập kế hoạch năm"));
    }

    @Test
    void shouldListCompetenciesInCodeOrderAndFindThemByName() throws Exception {
        api.get("/api/competencies").andExpect(jsonPath("$.items[*].code", contains("NL-01", "NL-02")))
                .andExpect(jsonPath("$.total").value(2));
        api.get("/api/competencies?q=thẩm ĐỊNH").andExpect(jsonPath("$.items[*].code", contains("NL-02")));
    }

    @Test
    void shouldReplaceACompetency() throws Exception {
        api.put("/api/competencies/NL-02", "{'code':'NL-02','name':'Thẩm định hồ sơ khoa học'}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Thẩm định hồ sơ khoa học"))
                .andExpect(jsonPath("$.description").doesNotExist());
    }

    @Test
    void shouldNameTheMissingNameInVietnamese() throws Exception {
        api.post("/api/competencies", "{'code':'NL-09'}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("$.name"))
                .andExpect(jsonPath("$.errors[0].message").value("Thiếu tên năng lực"));
    }

    @Test
    void shouldRefuseADuplicateCode() throws Exception {
        api.post("/api/competencies", "{'code':'NL-01','name':'Khác'}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Đã có năng lực mã «NL-01»"));
    }

    @Test
    void shouldAnswer404ForAnUnknownCompetency() throws Exception {
        api.get("/api/competencies/NL-99")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Không tìm thấy năng lực «NL-99»"));
    }

    @Test
    void shouldDeleteACompetencyNothingUses() throws Exception {
        api.delete("/api/competencies/NL-02").andExpect(status().isNoContent());
        api.get("/api/competencies/NL-02").andExpect(status().isNotFound());
    }

    @Test
    void shouldRefuseDeletingACompetencyAPositionRequiresOrAnAssessmentUses() throws Exception {
        api.post("/api/positions", "{'code':'CV-QLKH','name':'Chuyên viên','competencies':[{'competency':'NL-01','requiredLevel':3}]}")
                .andExpect(status().isCreated());
        api.post("/api/units", "{'code':'PKH','name':'Phòng Kế hoạch'}");
        api.post("/api/employees", "{'code':'CB01','fullName':'Lê Thị Hoa','unit':'PKH','staffType':'CIVIL_SERVANT',"
                + "'leadership':'NONE','startDate':'2020-01-01'}");
        api.post("/api/employees/CB01/competency-assessments", "{'competency':'NL-01','assessedLevel':2,'assessedOn':'2026-01-15'}")
                .andExpect(status().isCreated());
        api.delete("/api/competencies/NL-01")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:kpi:problem:still-referenced"))
                .andExpect(jsonPath("$.detail").value("Không xóa được năng lực «NL-01»: còn 1 vị trí việc làm, 1 đánh giá năng lực"));
        api.get("/api/competencies/NL-01").andExpect(status().isOk());
        api.get("/api/positions/CV-QLKH").andExpect(jsonPath("$.competencies[0].competency").value("NL-01"));
    }
}
