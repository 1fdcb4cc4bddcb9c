package vn.gov.sokhcn.kpi.appraisal;

import java.util.Map;

/**
 * A step the procedure refuses now (409) with a problem type of its own ({@code urn:kpi:problem:…}) and
 * what the caller needs to act on it (the breaches, the people still pending), answered by {@link AppraisalAdvice}.
 */
public class AppraisalConflict extends RuntimeException {
    public static final String ALREADY_DECIDED = "already-decided";
    public static final String BREAKS_RULES = "decision-breaks-rules";
    public static final String NOT_READY = "cycle-not-ready";

    private final String type;
    private final String title;
    private final Map<String, Object> properties;

    public AppraisalConflict(String type, String title, String detail, Map<String, Object> properties) {
        super(detail);
        this.type = type;
        this.title = title;
        this.properties = Map.copyOf(properties);
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
