package vn.gov.sokhcn.kpi.evaluation.policy;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One tie-break key of the HTXSNV quota: among people with equal total scores at the cut, the one
 * with the higher value of this key is placed higher. Keys are taken in the table's order; people
 * still equal after every key are left to the competent person.
 */
public class TieKeyRow extends PolicyRow {
    /**
     * Keys a row may name: the task-result points, the general-criteria points, or one general
     * criterion's points (entered per month or quarter; a year rolled up from months has none).
     */
    public static final Set<String> KEYS = Collections.unmodifiableSet(new LinkedHashSet<>(List.of("TASK_SCORE",
            "GENERAL_SCORE", "POLITICS", "ETHICS", "STYLE", "DISCIPLINE")));

    private String key;
    private String basis;

    public String getKey() { return key; }
    public void setKey(String key) { writable(); this.key = read(() -> Codes.oneOf(key, KEYS, "Mã tiêu chí")); }
    public String getBasis() { return basis; }
    public void setBasis(String basis) { writable(); this.basis = basis; }

    @Override
    protected void check() {
        require(getLabel(), "Tiêu chí phụ");
        require(key, "Mã tiêu chí");
    }
}
