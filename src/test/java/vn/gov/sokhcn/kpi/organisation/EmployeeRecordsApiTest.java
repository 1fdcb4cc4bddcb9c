package vn.gov.sokhcn.kpi.organisation;

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** Competency assessments, discipline records and leave of a person. */
@ApiTest
class EmployeeRecordsApiTest {
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    Api api;

    @BeforeEach
    void person() throws Exception {
        api = new Api(mvc);
        api.post("/api/units", "{'code':'PKH','name':'Phòng Kế hoạch'}");
        api.post("/api/competencies", "{'code':'NL-01','name':'Xây dựng kế hoạch'}");
        for (String code : new String[] {"CB01", "CB02"}) {
            api.post("/api/employees", "{'code':'" + code + "','fullName':'Nguyễn Văn " + code + "','unit':'PKH',"
                    + "'staffType':'CIVIL_SERVANT','leadership':'NONE','startDate':'2020-01-01'}").andExpect(status().isCreated());
        }
    }

    private long created(String path, String json) throws Exception {
        String body = api.post(path, json).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JSON.readTree(body).get("id").asLong();
    }

    @Test
    void shouldRecordAndListCompetencyAssessmentsInDateOrder() throws Exception {
        api.post("/api/employees/CB01/competency-assessments",
                        "{'competency':'NL-01','assessedLevel':3,'assessedOn':'2026-06-30','assessor':'Trưởng phòng'}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.employee").value("CB01"))
                .andExpect(jsonPath("$.competency").value("NL-01"));
        api.post("/api/employees/CB01/competency-assessments", "{'competency':'NL-01','assessedLevel':2,'assessedOn':'2025-12-31'}");
        api.get("/api/employees/CB01/competency-assessments")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].assessedLevel", contains(2, 3)))
                .andExpect(jsonPath("$.items[1].assessor").value("Trưởng phòng"))
                .andExpect(jsonPath("$.total").value(2));
        api.get("/api/employees/CB02/competency-assessments").andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void shouldRefuseAnAssessmentOfAnUnknownCompetencyOrOutsideTheLevels() throws Exception {
        api.post("/api/employees/CB01/competency-assessments", "{'competency':'NL-99','assessedLevel':3,'assessedOn':'2026-06-30'}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("$.competency"))
                .andExpect(jsonPath("$.errors[0].message").value("Không có năng lực mã «NL-99»"));
        api.post("/api/employees/CB01/competency-assessments", "{'competency':'NL-01','assessedLevel':0}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("$.assessedLevel", "$.assessedOn")))
                .andExpect(jsonPath("$.errors[*].message", contains("Mức đánh giá phải từ 1 đến 5", "Thiếu ngày đánh giá")));
        api.get("/api/employees/CB01/competency-assessments").andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void shouldDeleteAnAssessmentOnlyThroughItsOwnEmployee() throws Exception {
        long id = created("/api/employees/CB01/competency-assessments", "{'competency':'NL-01','assessedLevel':3,'assessedOn':'2026-06-30'}");
        api.delete("/api/employees/CB02/competency-assessments/" + id)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Không tìm thấy đánh giá năng lực số " + id + " của cán bộ «CB02»"));
        api.delete("/api/employees/CB01/competency-assessments/" + id).andExpect(status().isNoContent());
        api.get("/api/employees/CB01/competency-assessments").andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void shouldRecordListAndDeleteDisciplineRecords() throws Exception {
        long id = created("/api/employees/CB01/discipline-records",
                "{'kind':'WARNING','decidedOn':'2026-02-10','decisionNo':'15/QĐ-SKHCN','note':'Vi phạm quy chế'}");
        api.get("/api/employees/CB01/discipline-records")
                .andExpect(jsonPath("$.items[0].kind").value("WARNING"))
                .andExpect(jsonPath("$.items[0].decidedOn").value("2026-02-10"))
                .andExpect(jsonPath("$.items[0].decisionNo").value("15/QĐ-SKHCN"))
                .andExpect(jsonPath("$.items[0].employee").value("CB01"));
        api.delete("/api/employees/CB01/discipline-records/" + id).andExpect(status().isNoContent());
        api.delete("/api/employees/CB01/discipline-records/" + id)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Không tìm thấy quyết định kỷ luật số " + id + " của cán bộ «CB01»"));
    }

    @Test
    void shouldRefuseAnUnknownDisciplineKindListingTheKinds() throws Exception {
        api.post("/api/employees/CB01/discipline-records", "{'kind':'SCOLDING','decidedOn':'2026-02-10'}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("$.kind"))
                .andExpect(jsonPath("$.errors[0].message").value("Giá trị «SCOLDING» không hợp lệ; chỉ nhận một trong: "
                        + "REPRIMAND, WARNING, DEMOTION, REMOVAL, DISMISSAL, DEGRADATION"));
        api.post("/api/employees/CB01/discipline-records", "{'decidedOn':'2026-02-10'}")
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Thiếu hình thức (REPRIMAND, WARNING, DEMOTION, REMOVAL, DISMISSAL hoặc DEGRADATION)"));
    }

    @Test
    void shouldRecordListAndDeleteLeave() throws Exception {
        long id = created("/api/employees/CB02/leave-records", "{'kind':'MATERNITY','startDate':'2026-01-05','endDate':'2026-07-04'}");
        api.post("/api/employees/CB02/leave-records", "{'kind':'SICK','startDate':'2025-10-01','endDate':'2025-10-03','note':'Ốm'}");
        api.get("/api/employees/CB02/leave-records")
                .andExpect(jsonPath("$.items[*].kind", contains("SICK", "MATERNITY")))
                .andExpect(jsonPath("$.items[1].endDate").value("2026-07-04"));
        api.delete("/api/employees/CB02/leave-records/" + id).andExpect(status().isNoContent());
        api.get("/api/employees/CB02/leave-records").andExpect(jsonPath("$.items[*].kind", contains("SICK")));
    }

    @Test
    void shouldRefuseALeaveThatEndsBeforeItStarts() throws Exception {
        api.post("/api/employees/CB02/leave-records", "{'kind':'UNPAID','startDate':'2026-03-10','endDate':'2026-03-01'}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("$.endDate"))
                .andExpect(jsonPath("$.errors[0].message").value("Ngày kết thúc nghỉ không được trước ngày bắt đầu"));
        api.get("/api/employees/CB02/leave-records").andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void shouldAnswer404ForTheRecordsOfAnUnknownEmployee() throws Exception {
        api.get("/api/employees/CB99/leave-records")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Không tìm thấy cán bộ «CB99»"));
        api.post("/api/employees/CB99/discipline-records", "{'kind':'WARNING','decidedOn':'2026-02-10'}")
                .andExpect(status().isNotFound());
    }
}
