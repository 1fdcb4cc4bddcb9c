package vn.gov.sokhcn.kpi.evaluation.run;

/**
 * How far a run of this instance has got, read by its heartbeat (another thread) and stored with it: 0
 * while the period's units and people are read, 10 once they are, then up to 99 as the people's results
 * are written, batch by batch, as each group of agencies is evaluated ({@link GroupedRun}); 100 is the
 * COMPLETED state itself. {@code peopleDone} counts the people whose results are written.
 */
final class RunProgress {
    private static final int READ = 10;

    private volatile int peopleTotal;
    private volatile int peopleDone;
    private volatile int percent;

    void inputsRead(int people) {
        peopleTotal = people;
        percent = READ;
    }

    /** {@code people} more people's results were written. */
    synchronized void written(int people) {
        peopleDone = Math.min(peopleTotal, peopleDone + people);
        percent = peopleTotal == 0 ? 99 : READ + (99 - READ) * peopleDone / peopleTotal;
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
