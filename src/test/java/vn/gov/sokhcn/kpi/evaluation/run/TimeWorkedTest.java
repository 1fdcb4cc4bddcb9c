package vn.gov.sokhcn.kpi.evaluation.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeWorkedTest {
    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    private static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);

    @Test
    void shouldCountAWholeMonthForSomeoneEmployedThroughoutWithoutLeave() {
        assertThat(TimeWorked.of(MARCH_1, MARCH_31, 1, LocalDate.of(2020, 1, 1), null, List.of()))
                .isEqualTo(new TimeWorked(1, 0, false));
    }

    @Test
    void shouldCountOnlyTheDaysEmployedWhenSomeoneStartsMidMonth() {
        TimeWorked time = TimeWorked.of(MARCH_1, MARCH_31, 1, LocalDate.of(2026, 3, 17), null, List.of());
        assertThat(time.monthsWorked()).isEqualTo(0.483870968); // 15 of 31 days
        assertThat(time.leaveMonths()).isZero();
    }

    @Test
    void shouldCountOverlappingLeaveOnceAndOnlyWhileEmployed() {
        var leaves = List.of(new TimeWorked.Leave(LocalDate.of(2026, 2, 20), LocalDate.of(2026, 3, 10), false),
                new TimeWorked.Leave(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 12), false),
                new TimeWorked.Leave(LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 15), false));
        TimeWorked time = TimeWorked.of(MARCH_1, MARCH_31, 1, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 3, 30), leaves);
        // employed 1-30 March (30 days); leave 1-12 and 30 March (13 days)
        assertThat(time).isEqualTo(new TimeWorked(0.548387097, 0.419354839, false));
    }

    @Test
    void shouldMarkMaternityLeaveThatTouchesTheDaysEmployed() {
        var leaves = List.of(new TimeWorked.Leave(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), true));
        assertThat(TimeWorked.of(MARCH_1, MARCH_31, 1, LocalDate.of(2020, 1, 1), null, leaves))
                .isEqualTo(new TimeWorked(0, 1, true));
    }

    @Test
    void shouldCountNothingForSomeoneNotEmployedInThePeriod() {
        assertThat(TimeWorked.of(MARCH_1, MARCH_31, 1, LocalDate.of(2026, 4, 1), null, List.of()))
                .isEqualTo(new TimeWorked(0, 0, false));
    }
}
