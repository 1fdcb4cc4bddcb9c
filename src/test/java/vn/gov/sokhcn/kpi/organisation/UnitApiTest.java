package vn.gov.sokhcn.kpi.organisation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ApiTest
class UnitApiTest {
    @Autowired
    MockMvc mvc;

    Api api;

    @BeforeEach
    void department() throws Exception {
        api = new Api(mvc);
        api.post("/api/units", "{'code':'SO','name':'Sở Khoa học và Công nghệ','agency':true}").andExpect(status().isCreated());
        api.post("/api/units", "{'code':'VP','name':'Văn phòng Sở','parent':'SO','sortOrder':1}").andExpect(status().isCreated());
        api.post("/api/units", "{'code':'PKH','name':'Phòng Kế hoạch – Tài chính','parent':'SO','sortOrder':2}");
        api.post("/api/units", "{'code':'TO1','name':'Tổ tổng hợp','parent':'PKH'}");
    }

    @Test
    void shouldCreateAUnitAndShowItByCodeWithItsParentsCode() throws Exception {
        api.post("/api/units", "{'code':'TTRA','name':'Thanh tra Sở','parent':'SO','agency':false,'sortOrder':3}")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/units/TTRA"))
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.code").value("TTRA"))
                .andExpect(jsonPath("$.parent").value("SO"));
        api.get("/api/units/TTRA")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Thanh tra Sở"))
                .andExpect(jsonPath("$.parent").value("SO"))
                .andExpect(jsonPath("$.agency").value(false))
                .andExpect(jsonPath("$.sortOrder").value(3));
    }

    @Test
    void shouldListTheChildrenOfAParentInSortOrderWithPaging() throws Exception {
        api.get("/api/units?parent=SO&size=1")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].code", contains("VP")))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.total").value(2));
        api.get("/api/units?parent=SO&page=1&size=1").andExpect(jsonPath("$.items[*].code", contains("PKH")));
    }

    @Test
    void shouldRefuseFilteringByAnUnknownParent() throws Exception {
        api.get("/api/units?parent=KHONG_CO")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("parent"))
                .andExpect(jsonPath("$.errors[0].message").value("Không có đơn vị mã «KHONG_CO»"));
    }

    @Test
    void shouldFindUnitsByPartOfTheirNameIgnoringCase() throws Exception {
        api.get("/api/units?q=kế HOẠCH").andExpect(jsonPath("$.items[*].code", contains("PKH")));
        api.get("/api/units?q=tổ").andExpect(jsonPath("$.items[*].code", contains("TO1")));
    }

    @Test
    void shouldShowTheTreeUnderAUnit() throws Exception {
        api.get("/api/units/SO/tree")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("SO"))
                .andExpect(jsonPath("$.children[*].code", contains("VP", "PKH")))
                .andExpect(jsonPath("$.children[1].children[*].code", contains("TO1")))
                .andExpect(jsonPath("$.children[1].children[0].children", hasSize(0)));
    }

    @Test
    void shouldReplaceAUnitAndMoveIt() throws Exception {
        api.put("/api/units/TO1", "{'code':'TO-TH','name':'Tổ tổng hợp','parent':'VP','sortOrder':5}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("TO-TH"))
                .andExpect(jsonPath("$.parent").value("VP"));
        api.get("/api/units/TO1").andExpect(status().isNotFound());
        api.get("/api/units/TO-TH").andExpect(jsonPath("$.sortOrder").value(5));
    }

    @Test
    void shouldMakeAUnitARootWhenItsParentIsRemoved() throws Exception {
        api.put("/api/units/TO1", "{'code':'TO1','name':'Tổ tổng hợp'}").andExpect(jsonPath("$.parent").value(nullValue()));
    }

    @Test
    void shouldRefuseToPutAUnitUnderItselfOrUnderItsOwnDescendant() throws Exception {
        api.put("/api/units/PKH", "{'code':'PKH','name':'Phòng Kế hoạch – Tài chính','parent':'TO1'}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("$.parent"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Không thể đặt đơn vị «PKH» trực thuộc «TO1»: đó là chính nó hoặc một đơn vị cấp dưới của nó"));
        api.put("/api/units/PKH", "{'code':'PKH','name':'Phòng Kế hoạch – Tài chính','parent':'PKH'}")
                .andExpect(status().isBadRequest());
        api.get("/api/units/PKH").andExpect(jsonPath("$.parent").value("SO"));
    }

    @Test
    void shouldNameEachMissingFieldInVietnamese() throws Exception {
        api.post("/api/units", "{'code':' ','name':''}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:kpi:problem:invalid-request"))
                .andExpect(jsonPath("$.errors[*].field", contains("$.code", "$.name")))
                .andExpect(jsonPath("$.errors[*].message", contains("Thiếu mã đơn vị", "Thiếu tên đơn vị")));
    }

    @Test
    void shouldRefuseACodeThatCannotBeAPathSegment() throws Exception {
        api.post("/api/units", "{'code':'P KH/2','name':'Phòng'}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("$.code"))
                .andExpect(jsonPath("$.errors[0].message").value("Mã không được chứa khoảng trắng hay các ký tự / \\ ? # % ;"));
    }

    @Test
    void shouldRefuseAnUnknownParentNamingTheField() throws Exception {
        api.post("/api/units", "{'code':'PX','name':'Phòng X','parent':'KHONG_CO'}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("$.parent"))
                .andExpect(jsonPath("$.errors[0].message").value("Không có đơn vị mã «KHONG_CO»"));
        api.get("/api/units/PX").andExpect(status().isNotFound());
    }

    @Test
    void shouldRefuseADuplicateCode() throws Exception {
        api.post("/api/units", "{'code':'VP','name':'Văn phòng khác'}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:kpi:problem:conflict"))
                .andExpect(jsonPath("$.detail").value("Đã có đơn vị mã «VP»"));
        api.put("/api/units/TO1", "{'code':'VP','name':'Tổ tổng hợp'}").andExpect(status().isConflict());
    }

    @Test
    void shouldAnswer404ForAnUnknownCode() throws Exception {
        api.get("/api/units/KHONG_CO")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Không tìm thấy đơn vị «KHONG_CO»"));
        api.delete("/api/units/KHONG_CO").andExpect(status().isNotFound());
        api.put("/api/units/KHONG_CO", "{'code':'KHONG_CO','name':'X'}").andExpect(status().isNotFound());
    }

    @Test
    void shouldDeleteAUnitNothingRefersTo() throws Exception {
        api.delete("/api/units/TO1").andExpect(status().isNoContent());
        api.get("/api/units/TO1").andExpect(status().isNotFound());
    }

    @Test
    void shouldRefuseDeletingAUnitThatStillHasEmployeesAndChildUnits() throws Exception {
        for (String code : new String[] {"CB01", "CB02"}) {
            api.post("/api/employees", "{'code':'" + code + "','fullName':'Nguyễn Văn " + code + "','unit':'PKH',"
                    + "'staffType':'CIVIL_SERVANT','leadership':'NONE','startDate':'2020-01-01'}").andExpect(status().isCreated());
        }
        api.delete("/api/units/PKH")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:kpi:problem:still-referenced"))
                .andExpect(jsonPath("$.detail").value("Không xóa được đơn vị «PKH»: còn 2 cán bộ, 1 đơn vị trực thuộc"));
        api.get("/api/units/PKH").andExpect(status().isOk()).andExpect(jsonPath("$.parent").value("SO"));
        api.get("/api/units?parent=PKH").andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void shouldRefusePagingOutOfRange() throws Exception {
        api.get("/api/units?page=-1&size=0")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("page", "size")))
                .andExpect(jsonPath("$.errors[*].message", contains("Số trang phải từ 0 trở lên", "Cỡ trang phải từ 1 đến 500")));
    }
}
