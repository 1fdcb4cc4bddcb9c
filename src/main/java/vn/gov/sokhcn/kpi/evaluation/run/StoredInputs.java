package vn.gov.sokhcn.kpi.evaluation.run;

import org.springframework.stereotype.Component;

/**
 * The facts an official run of a stored period evaluates, read without recording a run: a month's
 * stored data, a quarter or year rolled up from its months' latest completed runs ({@link RunInputs}).
 * For trials of candidate rule sets, which must see exactly what an official run sees and write nothing.
 */
@Component
public class StoredInputs {
    private final StoredPeriodFacts periods;
    private final RunInputs inputs;

    StoredInputs(StoredPeriodFacts periods, RunInputs inputs) {
        this.periods = periods;
        this.inputs = inputs;
    }

    /** The stored period with this code, if there is one. */
    public java.util.Optional<StoredPeriod> find(String code) {
        return periods.find(code);
    }

    /**
     * The period's facts; a quarter or year with months not yet run is refused ({@code ConflictException}),
     * stored data the run would refuse throws {@link RunInputsException}.
     */
    public PeriodInputs read(StoredPeriod period) {
        return inputs.read(inputs.prepare(period));
    }
}
