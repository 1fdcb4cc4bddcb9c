package vn.gov.sokhcn.kpi.kpi.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mockingDetails;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mockito.stubbing.Answer;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import vn.gov.sokhcn.kpi.kpi.KpiApiTest;

/** A cascade that fails halfway leaves the assignments as they were: it runs in one transaction. */
class CascadeRollbackTest extends KpiApiTest {

    @MockitoSpyBean
    AssignmentRepository assignments;

    @Test
    void shouldWriteNothingWhenTheCascadeFailsHalfway() {
        unit("SO", null, true);
        unit("PKH", "SO", false);
        unit("TTRA", "SO", false);
        indicator("KPI-01", "HIGHER_IS_BETTER", "UNIT");
        period("2026-05");
        assign("2026-05", "KPI-01", "SO", true, "100");
        AtomicInteger saves = new AtomicInteger();
        // A spied Spring Data repository delegates to the real one through its default answer.
        Answer<?> real = mockingDetails(assignments).getMockCreationSettings().getDefaultAnswer();
        doAnswer(call -> {
            if (saves.incrementAndGet() == 2) {
                throw new IllegalStateException("ổ đĩa đầy");
            }
            return real.answer(call);
        }).when(assignments).save(any());

        Reply reply = POST("/api/periods/2026-05/cascade", "{\"level\": \"UNITS\"}");

        assertThat(reply.status()).isEqualTo(500);
        assertThat(saves.get()).isEqualTo(2);
        assertThat(count("assignments")).isEqualTo(1);
    }
}
