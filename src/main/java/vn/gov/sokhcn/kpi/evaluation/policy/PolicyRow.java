package vn.gov.sokhcn.kpi.evaluation.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One data row of a decision table, filled once when the rule set is built and frozen after: the
 * setters exist for the table's code rows (grey rows 7–9 of a workbook) and throw once the build
 * has frozen the row, so a row shared by every evaluation session can never change.
 * {@code source} names the row's first cell ({@code decision-tables/file!sheet!B12}), so every
 * reason decided by a row can point at it. A value that cannot be read is kept as a problem of
 * the row, named by its column, so that one build reports every bad cell at once.
 */
public abstract class PolicyRow {
    private String source;
    private String label;
    private int order;
    private boolean frozen;
    private List<PolicyRowException> checked;
    private final List<PolicyRowException> problems = new ArrayList<>();

    public String getSource() {
        return source;
    }

    void setSource(String source) {
        writable();
        this.source = source;
    }

    /** The position of the row among all rows read, so reasons can follow the tables' order. */
    public int getOrder() {
        return order;
    }

    void setOrder(int order) {
        writable();
        this.order = order;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        writable();
        this.label = label;
    }

    /** The problems of this row, its own checks included (as found when it was frozen, once frozen). */
    public List<PolicyRowException> problems() {
        if (frozen) {
            return checked;
        }
        List<PolicyRowException> all = new ArrayList<>(problems);
        int before = problems.size();
        check();
        all.addAll(problems.subList(before, problems.size()));
        problems.subList(before, problems.size()).clear();
        return all;
    }

    /** Ends the build of this row: from now on every setter throws. */
    void freeze() {
        checked = List.copyOf(problems());
        frozen = true;
    }

    /** Called first by every setter. */
    protected final void writable() {
        if (frozen) {
            throw new IllegalStateException("Row " + source + " is read-only once the rule set is built");
        }
    }

    protected <T> T read(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (PolicyRowException e) {
            problems.add(e);
            return null;
        }
    }

    protected void problem(String column, String message) {
        problems.add(new PolicyRowException(column, message));
    }

    /** Records a missing required value, unless the column already has a problem. */
    protected void require(Object value, String column) {
        if (value == null && problems.stream().noneMatch(p -> p.column().equals(column))) {
            problem(column, "thiếu giá trị bắt buộc");
        }
    }

    /** Checks the row's values once all its cells are read, recording problems. */
    protected abstract void check();
}
