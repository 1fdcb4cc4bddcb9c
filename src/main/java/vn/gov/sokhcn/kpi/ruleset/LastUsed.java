package vn.gov.sokhcn.kpi.ruleset;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The values made last, by key, at most {@code entries} of them (the least recently used goes first; 0 keeps none),
 * for what is costly to make and the same for the same key: compiled rule sets, what a workbook gives. Values must be
 * immutable, as they are shared. A value whose making failed is not kept.
 */
public final class LastUsed<T> {
    private final Map<String, T> kept;

    public LastUsed(int entries) {
        this.kept = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, T> eldest) {
                return size() > entries;
            }
        };
    }

    /** The value kept for {@code key}, or the one {@code make} gives, then kept. */
    public T get(String key, Supplier<T> make) {
        T value;
        synchronized (kept) {
            value = kept.get(key);
        }
        if (value == null) {
            value = make.get(); // outside the lock: two makings of the same value at once only cost time
            synchronized (kept) {
                kept.put(key, value);
            }
        }
        return value;
    }
}
