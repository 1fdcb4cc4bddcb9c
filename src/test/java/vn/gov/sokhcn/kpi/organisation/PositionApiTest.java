package vn.gov.sokhcn.kpi.organisation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ApiTest
class PositionApiTest {
    @Autowired
    MockMvc mvc;

    Api api;

    @BeforeEach
    void positions() throws Exception {
        api = new Api(mvc);
        api.post("/api/competencies", "{'code':'NL-01','name':'Xây dựng kế hoạch'}");
        api.post("/api/competencies", "{'code':'NL-02','name':'Thẩm định hồ sơ'}");
        api.post("/api/positions", "{'code':'CV-QLKH','name':'Chuyên viên quản lý khoa học','jobDescription':'Theo dõi nhiệm vụ KH&CN',"
                + "'competencies':[{'competency':'NL-02','requiredLevel':4},{'competency':'NL-01','requiredLevel':3}]}")
                .andExpect(status().isCreated());
    }

    @Test
    void shouldShowAPositionWithItsRequiredCompetenciesByCode() throws Exception {
        api.get("/api/positions/CV-QLKH")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.jobDescription").value("Theo dõi nhiệm vụ KH&CN"))
                .andExpect(jsonPath("$.competencies[*].competency", contains("NL-01", "NL-02")))
                .andExpect(jsonPath("$.competencies[*].requiredLevel", contains(3, 4)));
    }

    @Test
    void shouldListPositionsAndFindThemByName() throws Exception {
        api.post("/api/positions", "{'code':'KT','name':'Kế toán'}");
        api.get("/api/positions").andExpect(jsonPath("$.items[*].code", contains("CV-QLKH", "KT")));
        api.get("/api/positions?q=kế toán")
                .andExpect(jsonPath("$.items[*].code", contains("KT")))
                .andExpect(jsonPath("$.items[0].competencies", hasSize(0)));
    }

    @Test
    void shouldReplaceTheRequiredCompetenciesAsAWhole() throws Exception {
        api.put("/api/positions/CV-QLKH", "{'code':'CV-QLKH','name':'Chuyên viên','competencies':[{'competency':'NL-02','requiredLevel':5}]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.competencies[*].competency", contains("NL-02")))
                .andExpect(jsonPath("$.competencies[0].requiredLevel").value(5));
        api.get("/api/positions/CV-QLKH").andExpect(jsonPath("$.competencies", hasSize(1)));
    }

    @Test
    void shouldRefuseALevelOutsideOneToFiveNamingTheElement() throws Exception {
        api.post("/api/positions", "{'code':'X','name':'X','competencies':[{'competency':'NL-01','requiredLevel':6},{'competency':'NL-02'}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("$.competencies[0].requiredLevel", "$.competencies[1].requiredLevel")))
                .andExpect(jsonPath("$.errors[*].message", contains("Mức yêu cầu phải từ 1 đến 5", "Thiếu mức yêu cầu")));
    }

    @Test
    void shouldRefuseAnUnknownOrRepeatedCompetency() throws Exception {
        api.post("/api/positions", "{'code':'X','name':'X','competencies':[{'competency':'NL-09','requiredLevel':2},"
                        + "{'competency':'NL-01','requiredLevel':2},{'competency':'NL-01','requiredLevel':3}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("$.competencies[0].competency", "$.competencies[2].competency")))
                .andExpect(jsonPath("$.errors[*].message", contains("Không có năng lực mã «NL-09»", "Năng lực «NL-01» đã có ở phần tử trước")));
        api.get("/api/positions/X").andExpect(status().isNotFound());
    }

    @Test
    void shouldRefuseADuplicateCode() throws Exception {
        api.post("/api/positions", "{'code':'CV-QLKH','name':'Khác'}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Đã có vị trí việc làm mã «CV-QLKH»"));
    }

    @Test
    void shouldAnswer404ForAnUnknownPosition() throws Exception {
        api.get("/api/positions/KHONG_CO")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Không tìm thấy vị trí việc làm «KHONG_CO»"));
    }

    @Test
    void shouldDeleteAPositionWithItsRequiredCompetencies() throws Exception {
        api.delete("/api/positions/CV-QLKH").andExpect(status().isNoContent());
        api.get("/api/positions/CV-QLKH").andExpect(status().isNotFound());
        api.delete("/api/competencies/NL-01").andExpect(status().isNoContent());
    }

    @Test
    void shouldRefuseDeletingAPositionSomeoneHolds() throws Exception {
        api.post("/api/units", "{'code':'PKH','name':'Phòng Kế hoạch'}");
        api.post("/api/employees", "{'code':'CB01','fullName':'Lê Thị Hoa','unit':'PKH','position':'CV-QLKH',"
                + "'staffType':'CIVIL_SERVANT','leadership':'NONE','startDate':'2020-01-01'}").andExpect(status().isCreated());
        api.delete("/api/positions/CV-QLKH")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Không xóa được vị trí việc làm «CV-QLKH»: còn 1 cán bộ"));
        api.get("/api/positions/CV-QLKH").andExpect(jsonPath("$.competencies", hasSize(2)));
    }
}
