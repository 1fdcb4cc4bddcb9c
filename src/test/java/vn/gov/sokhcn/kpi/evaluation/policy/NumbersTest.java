package vn.gov.sokhcn.kpi.evaluation.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0|0", "90|90", "7.5|7,5", "99.591666667|99,59", "1.005|1,01", "1.004999999|1", "-2.5|-2,5",
            "-0.001|0", "120|120", "0.1|0,1", "67.708333333|67,71", "1e12|1000000000000"})
    void shouldWriteNumbersWithADecimalCommaAndAtMostTwoDecimals(double value, String expected) {
        assertThat(Numbers.vi(value)).isEqualTo(expected);
    }

    @Test
    void shouldWriteWhatBigDecimalHalfUpWouldForAnyCleanValue() {
        Random random = new Random(42);
        for (int i = 0; i < 200_000; i++) {
            double value = Numbers.clean((random.nextDouble() - 0.2) * Math.pow(10, random.nextInt(8)));
            String expected = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros()
                    .toPlainString().replace('.', ',');
            assertThat(Numbers.vi(value)).as("%s", value).isEqualTo(expected.equals("-0") ? "0" : expected);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"89.9956|2|90", "89.995|2|90", "89.9949|2|89.99", "1.005|2|1.01", "69.95|1|70",
            "69.94999|1|69.9", "49.5|0|50", "-2.345|2|-2.35", "63.666666667|2|63.67"})
    void shouldRoundHalfUpAsTheDecimalFormReads(double value, int decimals, double expected) {
        assertThat(Numbers.round(value, decimals)).isEqualTo(expected);
    }

    @Test
    void shouldWriteEveryDecimalOfACleanValue() {
        assertThat(Numbers.exact(89.9956)).isEqualTo("89,9956");
        assertThat(Numbers.exact(191.0 / 3)).isEqualTo("63,666666667");
        assertThat(Numbers.exact(90.0)).isEqualTo("90");
    }

    @Test
    void shouldDropFloatingPointNoise() {
        assertThat(Numbers.clean(0.9 * 70)).isEqualTo(63.0);
        assertThat(Numbers.clean(89.9999999999)).isEqualTo(90.0);
        assertThat(Numbers.clean(67.7083333333333)).isEqualTo(67.708333333);
    }

    @Test
    void shouldKeepTheDecimalsThatSeparateAScoreFromABandEdge() {
        assertThat(Numbers.against(89.995, 70.0, 90.0)).isEqualTo("89,995");
        assertThat(Numbers.against(74.9, 70.0, 90.0)).isEqualTo("74,9");
    }
}
