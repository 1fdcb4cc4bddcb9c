package vn.gov.sokhcn.kpi.evaluation.run;

/**
 * How far a run of this instance has got, read by its heartbeat (another thread) and stored with it. The
 * rule session rates everyone at once, so the percent moves by stage: 0 while the stored data is read, 10
 * while the rules run, then from 50 to 99 as the people's results are written, batch by batch; 100 is
 * the COMPLETED state itself. {@code peopleDone} counts the people whose results are written.
 */
final class RunProgress {
    private static final int EVALUATING = 10;
    private static final int WRITING = 50;

    private volatile int peopleTotal;
    private volatile int peopleDone;
    private volatile int percent;

    void inputsRead(int people) {
        peopleTotal = people;
        percent = EVALUATING;
    }

    void evaluated() {
        percent = WRITING;
    }

    /** {@code people} more people's results were written. */
    synchronized void written(int people) {
        peopleDone = Math.min(peopleTotal, peopleDone + people);
        percent = peopleTotal == 0 ? 99 : WRITING + (99 - WRITING) * peopleDone / peopleTotal;
    }

    int peopleTotal() {
        return peopleTotal;
    }

    int peopleDone() {
        return peopleDone;
    }

    int percent() {
        return percent;
    }
}
