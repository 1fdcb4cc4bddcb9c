package vn.gov.sokhcn.kpi.organisation;

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@ApiTest
class EmployeeApiTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Api api;

    @BeforeEach
    void staff() throws Exception {
        api = new Api(mvc);
        api.post("/api/units", "{'code':'PKH','name':'Phòng Kế hoạch – Tài chính'}");
        api.post("/api/units", "{'code':'TT','name':'Trung tâm Thông tin, Thống kê KH&CN'}");
        api.post("/api/positions", "{'code':'CV-QLKH','name':'Chuyên viên quản lý khoa học'}");
        employee("CB01", "Nguyễn Văn An", "PKH", "CIVIL_SERVANT", "HEAD");
        employee("CB02", "Trần Thị Bình", "PKH", "CIVIL_SERVANT", "NONE");
        employee("VC01", "Phạm Minh Châu", "TT", "PUBLIC_EMPLOYEE", "NONE");
    }

    private void employee(String code, String name, String unit, String staffType, String leadership) throws Exception {
        api.post("/api/employees", "{'code':'" + code + "','fullName':'" + name + "','unit':'" + unit + "','staffType':'"
                + staffType + "','leadership':'" + leadership + "','startDate':'2020-01-01'}").andExpect(status().isCreated());
    }

    @Test
    void shouldCreateAnEmployeeWithUnitAndPositionByCode() throws Exception {
        api.post("/api/employees", "{'code':'CB03','fullName':'Lê Thị Hoa','unit':'PKH','position':'CV-QLKH',"
                        + "'staffType':'CONTRACT_WORKER','leadership':'NONE','taskGroup':'HC','salaryCoefficient':2.34,"
                        + "'startDate':'2021-03-01','endDate':'2026-06-30'}")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/employees/CB03"));
        api.get("/api/employees/CB03")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.fullName").value("Lê Thị Hoa"))
                .andExpect(jsonPath("$.unit").value("PKH"))
                .andExpect(jsonPath("$.position").value("CV-QLKH"))
                .andExpect(jsonPath("$.staffType").value("CONTRACT_WORKER"))
                .andExpect(jsonPath("$.taskGroup").value("HC"))
                .andExpect(jsonPath("$.salaryCoefficient").value(2.34))
                .andExpect(jsonPath("$.startDate").value("2021-03-01"))
                .andExpect(jsonPath("$.endDate").value("2026-06-30"));
    }

    @Test
    void shouldFilterEmployeesByUnitStaffTypeLeadershipAndName() throws Exception {
        api.get("/api/employees?unit=PKH").andExpect(jsonPath("$.items[*].code", contains("CB01", "CB02")));
        api.get("/api/employees?staffType=PUBLIC_EMPLOYEE").andExpect(jsonPath("$.items[*].code", contains("VC01")));
        api.get("/api/employees?unit=PKH&leadership=HEAD").andExpect(jsonPath("$.items[*].code", contains("CB01")));
        api.get("/api/employees?q=thị BÌNH")
                .andExpect(jsonPath("$.items[*].code", contains("CB02")))
                .andExpect(jsonPath("$.items[0].unit").value("PKH"))
                .andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void shouldRefuseAnUnknownFilterValueNamingTheParameter() throws Exception {
        api.get("/api/employees?staffType=FOO")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("staffType"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Giá trị «FOO» không hợp lệ; chỉ nhận một trong: CIVIL_SERVANT, PUBLIC_EMPLOYEE, CONTRACT_WORKER"));
        api.get("/api/employees?unit=KHONG_CO")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("unit"))
                .andExpect(jsonPath("$.errors[0].message").value("Không có đơn vị mã «KHONG_CO»"));
    }

    @Test
    void shouldMoveAnEmployeeToAnotherUnit() throws Exception {
        api.put("/api/employees/CB02", "{'code':'CB02','fullName':'Trần Thị Bình','unit':'TT','staffType':'PUBLIC_EMPLOYEE',"
                        + "'leadership':'DEPUTY_HEAD','startDate':'2020-01-01'}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit").value("TT"))
                .andExpect(jsonPath("$.leadership").value("DEPUTY_HEAD"));
        api.get("/api/employees?unit=TT").andExpect(jsonPath("$.items[*].code", contains("CB02", "VC01")));
    }

    @Test
    void shouldNameEachMissingFieldInVietnamese() throws Exception {
        api.post("/api/employees", "{'code':'CB09'}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("$.fullName", "$.leadership", "$.staffType", "$.startDate", "$.unit")))
                .andExpect(jsonPath("$.errors[*].message", contains("Thiếu họ tên",
                        "Thiếu chức vụ lãnh đạo (NONE, DEPUTY_HEAD, HEAD, DEPUTY_DIRECTOR hoặc DIRECTOR)",
                        "Thiếu loại cán bộ (CIVIL_SERVANT, PUBLIC_EMPLOYEE hoặc CONTRACT_WORKER)",
                        "Thiếu ngày bắt đầu công tác", "Thiếu đơn vị")));
    }

    @Test
    void shouldRefuseAnUnknownStaffTypeUnknownReferencesAndAnEndBeforeTheStart() throws Exception {
        api.post("/api/employees", "{'code':'CB09','fullName':'X','unit':'PKH','staffType':'FOO','leadership':'NONE','startDate':'2020-01-01'}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("$.staffType"));
        api.post("/api/employees", "{'code':'CB09','fullName':'X','unit':'P9','position':'V9','staffType':'CIVIL_SERVANT',"
                        + "'leadership':'NONE','startDate':'2020-01-01','endDate':'2019-12-31'}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("$.unit", "$.position", "$.endDate")))
                .andExpect(jsonPath("$.errors[*].message", contains("Không có đơn vị mã «P9»",
                        "Không có vị trí việc làm mã «V9»", "Ngày kết thúc công tác không được trước ngày bắt đầu")));
        api.get("/api/employees/CB09").andExpect(status().isNotFound());
    }

    @Test
    void shouldRefuseADuplicateCode() throws Exception {
        api.post("/api/employees", "{'code':'CB01','fullName':'Người khác','unit':'PKH','staffType':'CIVIL_SERVANT',"
                        + "'leadership':'NONE','startDate':'2020-01-01'}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Đã có cán bộ mã «CB01»"));
    }

    @Test
    void shouldAnswer404ForAnUnknownEmployee() throws Exception {
        api.get("/api/employees/CB99")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Không tìm thấy cán bộ «CB99»"));
    }

    @Test
    void shouldDeleteAnEmployeeWithNoRecords() throws Exception {
        api.delete("/api/employees/CB02").andExpect(status().isNoContent());
        api.get("/api/employees/CB02").andExpect(status().isNotFound());
    }

    @Test
    void shouldRefuseDeletingAnEmployeeWhoStillHasAssignmentsAndDiscipline() throws Exception {
        Long employeeId = jdbc.sql("SELECT id FROM employees WHERE code = 'CB01'").query(Long.class).single();
        jdbc.sql("INSERT INTO periods (code, kind, start_date, end_date) VALUES ('2026-03', 'MONTH', DATE '2026-03-01', DATE '2026-03-31')").update();
        jdbc.sql("INSERT INTO indicators (code, name, kind, polarity, frequency, owner_level) "
                + "VALUES ('PI-HS-01', 'Hồ sơ đúng hạn', 'PI', 'HIGHER_IS_BETTER', 'MONTH', 'PERSON')").update();
        jdbc.sql("INSERT INTO assignments (period_id, indicator_id, employee_id, weight) "
                + "SELECT p.id, i.id, ?, 100 FROM periods p, indicators i WHERE p.code = '2026-03' AND i.code = 'PI-HS-01'")
                .param(employeeId).update();
        api.post("/api/employees/CB01/discipline-records", "{'kind':'REPRIMAND','decidedOn':'2026-02-10'}").andExpect(status().isCreated());

        api.delete("/api/employees/CB01")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:kpi:problem:still-referenced"))
                .andExpect(jsonPath("$.detail").value("Không xóa được cán bộ «CB01»: còn 1 chỉ tiêu được giao, 1 quyết định kỷ luật"));
        api.get("/api/employees/CB01").andExpect(status().isOk()).andExpect(jsonPath("$.leadership").value("HEAD"));
        api.get("/api/employees/CB01/discipline-records").andExpect(jsonPath("$.total").value(1));
    }
}
