package vn.gov.sokhcn.kpi.kpi.assignment;

/**
 * What to cascade: {@code UNITS} (the Department's assignments down the unit tree), {@code PEOPLE}
 * (each unit's person-level assignments to its staff) or {@code ALL} (both, units first; the default);
 * {@code overwrite}: existing assignments of the same holder and indicator take the source's values.
 */
record CascadeRequest(Level level, Boolean overwrite) {

    enum Level { UNITS, PEOPLE, ALL }

    Level levelOrAll() {
        return level == null ? Level.ALL : level;
    }

    boolean overwriting() {
        return Boolean.TRUE.equals(overwrite);
    }
}
