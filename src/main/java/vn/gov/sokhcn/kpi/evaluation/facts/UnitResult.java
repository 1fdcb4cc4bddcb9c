package vn.gov.sokhcn.kpi.evaluation.facts;

/**
 * The weighted achievement of a unit's own assignments and the shares leaders' caps look at; for a
 * unit rolled up from monthly results, {@code months} is how many it averages (and assignments 0).
 */
public record UnitResult(String unitCode, int assignments, double score, double completedShare,
                         double exceededShare, double onTimeQualityShare, int months) {

    /** Whether there is a result at all: own assignments scored, or months averaged. */
    public boolean scored() {
        return assignments > 0 || months > 0;
    }
}
