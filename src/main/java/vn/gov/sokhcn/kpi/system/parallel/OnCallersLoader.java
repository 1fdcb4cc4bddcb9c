package vn.gov.sokhcn.kpi.system.parallel;

import java.util.function.Supplier;

/**
 * Work handed to the common pool, run with the class loader of the thread that handed it over. The pool's threads
 * carry the system class loader; in the packaged jar, service and resource lookups through it (Drools' MVEL JIT
 * executor, validation message bundles) find nothing and fail (KilledMidRunIT's 4,000 people).
 */
public final class OnCallersLoader {
    private final ClassLoader loader = Thread.currentThread().getContextClassLoader();

    /** Captures the calling thread's class loader; create it on the thread that hands the work over. */
    public static OnCallersLoader capture() {
        return new OnCallersLoader();
    }

    private OnCallersLoader() {
    }

    public <T> T get(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
