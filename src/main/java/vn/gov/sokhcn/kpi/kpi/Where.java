package vn.gov.sokhcn.kpi.kpi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.gov.sokhcn.kpi.security.Visibility;

/** The conditions of a list query built from its optional filters; a filter not given adds nothing. */
public final class Where {
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    /** Adds {@code condition} (which uses {@code :name}) when {@code value} is given. */
    public Where and(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            params.put(name, value);
        }
        return this;
    }

    /** Adds what the signed-in user may see (see Scope). */
    public Where and(Visibility.Condition visible) {
        conditions.add(visible.sql());
        params.putAll(visible.params());
        return this;
    }

    public String sql() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    public Map<String, Object> params() {
        return params;
    }
}
