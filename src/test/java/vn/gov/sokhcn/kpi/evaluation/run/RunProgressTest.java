package vn.gov.sokhcn.kpi.evaluation.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The progress of a run by stage: reading, rules, then the people's results written batch by batch. */
class RunProgressTest {

    @Test
    void shouldStartAtNothingDone() {
        RunProgress progress = new RunProgress();

        assertThat(progress.percent()).isZero();
        assertThat(progress.peopleDone()).isZero();
        assertThat(progress.peopleTotal()).isZero();
    }

    @Test
    void shouldMoveOnceReadAndThenWithEachBatchOfPeopleWritten() {
        RunProgress progress = new RunProgress();

        progress.inputsRead(1000);
        assertThat(progress.percent()).isEqualTo(10);
        assertThat(progress.peopleTotal()).isEqualTo(1000);
        progress.written(500);
        assertThat(progress.percent()).isEqualTo(54);
        assertThat(progress.peopleDone()).isEqualTo(500);
        progress.written(500);
        assertThat(progress.percent()).isEqualTo(99);
        assertThat(progress.peopleDone()).isEqualTo(1000);
    }

    @Test
    void shouldNeverCountMorePeopleThanTheRunHas() {
        RunProgress progress = new RunProgress();
        progress.inputsRead(3);

        progress.written(2);
        progress.written(2);

        assertThat(progress.peopleDone()).isEqualTo(3);
        assertThat(progress.percent()).isEqualTo(99);
    }
}
