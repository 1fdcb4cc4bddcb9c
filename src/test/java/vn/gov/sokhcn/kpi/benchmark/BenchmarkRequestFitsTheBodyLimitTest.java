package vn.gov.sokhcn.kpi.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

/**
 * The on-demand benchmark's request (10,000 people in 100 units, built as {@link EvaluationBenchmark} builds it:
 * 26,797,161 bytes of JSON when measured) fits under {@code kpi.http.max-json-body-size} with room to spare.
 */
class BenchmarkRequestFitsTheBodyLimitTest {

    @Test
    void shouldLeaveAtLeastHalfAgainTheSizeOfTheTenThousandPersonRequest() throws IOException {
        long size = JsonMapper.builder().build().writeValueAsBytes(SyntheticOrganisation.of(100, 10_000)).length;
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        long limit = DataSize.parse(properties.getProperty("kpi.http.max-json-body-size")).toBytes();

        assertThat(size).isBetween(20_000_000L, 40_000_000L);
        assertThat(limit).isGreaterThanOrEqualTo(size * 3 / 2).isLessThanOrEqualTo(size * 3);
    }
}
