package vn.gov.sokhcn.kpi.outcome.bonus;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The split of a fund to the đồng, without Spring: the shares always add up to the fund. */
class AllocationTest {

    @Test
    void shouldAlwaysAddUpToTheFundForAwkwardTotalsAndWeights() {
        Random random = new Random(73);
        for (int round = 0; round < 2_000; round++) {
            long fund = random.nextInt(4) == 0 ? random.nextInt(10) : Math.abs(random.nextLong() % 10_000_000_000L);
            Map<String, BigDecimal> weights = new LinkedHashMap<>();
            int people = 1 + random.nextInt(40);
            for (int i = 0; i < people; i++) {
                BigDecimal coefficient = new BigDecimal(new String[] {"1.2", "1", "0.5", "0"}[random.nextInt(4)]);
                weights.put(String.format("P%03d", i), coefficient.multiply(BigDecimal.valueOf(1 + random.nextInt(12))));
            }
            weights.put("ZZZ", BigDecimal.ONE); // at least one weight above 0

            Allocation.Result result = Allocation.split(fund, weights);

            assertThat(result.shares().values().stream().mapToLong(Allocation.Share::amount).sum()).isEqualTo(fund);
            assertThat(result.remainder()).isBetween(0L, (long) weights.size() - 1);
            weights.forEach((k, w) -> {
                if (w.signum() == 0) {
                    assertThat(result.shares().get(k).amount()).isZero();
                }
            });
        }
    }

    @Test
    void shouldGiveTheLeftOverDongByLargestRemainderThenByCode() {
        Allocation.Result result = Allocation.split(10, new LinkedHashMap<>(Map.of("C", BigDecimal.ONE, "A", BigDecimal.ONE,
                "B", BigDecimal.ONE)));

        assertThat(result.remainder()).isEqualTo(1);
        assertThat(result.shares().get("A").amount()).isEqualTo(4);
        assertThat(result.shares().get("B").amount()).isEqualTo(3);
        assertThat(result.shares().get("C").amount()).isEqualTo(3);
    }

    @Test
    void shouldGiveNothingWhenNoOneHasAWeight() {
        Allocation.Result result = Allocation.split(1_000, Map.of("A", BigDecimal.ZERO));

        assertThat(result.shares().get("A").amount()).isZero();
        assertThat(result.remainder()).isZero();
    }

    @Test
    void shouldWriteMoneyTheVietnameseWay() {
        assertThat(Allocation.dong(100_000_001L)).isEqualTo("100.000.001");
        assertThat(Allocation.dong(new BigDecimal("33333333.66"))).isEqualTo("33.333.333,66");
        assertThat(Allocation.dong(0L)).isEqualTo("0");
    }
}
