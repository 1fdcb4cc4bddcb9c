package vn.gov.sokhcn.kpi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import vn.gov.sokhcn.kpi.TestUsers;

/**
 * Spring Security observes none of its own steps (issue 18: about 7 % of a one-person evaluation's CPU went to timers
 * and events around each of its filters, exported nowhere), while the requests themselves are still timed.
 * Shares the context of the other MockMvc tests; reads only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SecurityObservationsTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    MeterRegistry meters;

    @Test
    void shouldObserveTheRequestButNoneOfSpringSecuritysSteps() throws Exception {
        mvc.perform(get("/api/units").header("Authorization", TestUsers.basic("hr"))).andExpect(status().isOk());

        assertThat(meters.getMeters()).extracting(meter -> meter.getId().getName())
                .contains("http.server.requests")
                .noneMatch(name -> name.startsWith("spring.security."));
    }
}
