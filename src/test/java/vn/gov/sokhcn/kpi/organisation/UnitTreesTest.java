package vn.gov.sokhcn.kpi.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The stored tree is read afresh by each load: a unit added or moved through the API shows in the next one. */
@ApiTest
class UnitTreesTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    UnitTrees trees;

    @Test
    void shouldReadTheStoredTreeAsItIsNow() throws Exception {
        Api api = new Api(mvc);
        api.post("/api/units", "{'code':'SO','name':'Sở','agency':true}").andExpect(status().isCreated());
        api.post("/api/units", "{'code':'PKH','name':'Phòng Kế hoạch','parent':'SO','sortOrder':2}").andExpect(status().isCreated());
        UnitTree before = trees.load();
        long so = before.byCode("SO").orElseThrow().id();

        api.post("/api/units", "{'code':'TO1','name':'Tổ tổng hợp','parent':'PKH'}").andExpect(status().isCreated());
        UnitTree after = trees.load();

        assertThat(before.codesWithBelow("SO")).containsExactly("SO", "PKH");
        assertThat(after.codesWithBelow("SO")).containsExactly("SO", "PKH", "TO1");
        assertThat(after.ancestors(after.byCode("TO1").orElseThrow().id())).extracting(Unit::code).containsExactly("PKH", "SO");
        assertThat(trees.withBelow(so)).isEqualTo(after.withBelow(so));
    }
}
