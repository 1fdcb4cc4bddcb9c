package vn.gov.sokhcn.kpi.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Peak heap over a measured stretch, two ways: the sum of each heap pool's own peak (what the JVM
 * records, but the pools peak at different moments, so this over-states) and the largest total
 * seen by sampling every few milliseconds (a true total, but a peak between samples can be missed).
 * The heap after each collection (the live data then) is recorded too, the largest of those kept.
 * Client and server share this JVM, so both include the request and response bytes on both sides.
 */
final class HeapMeter implements AutoCloseable {
    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private final AtomicLong sampledPeak = new AtomicLong();
    private final AtomicLong peakAfterCollections = new AtomicLong();
    private final NotificationListener afterCollection = this::afterCollection;
    private final long gcMillisAtStart = gcMillis();
    private final long gcCountAtStart = gcCount();
    private final Thread sampler;
    private volatile boolean running = true;

    private HeapMeter() {
        System.gc(); // start from live data only, not from the warm-up's garbage
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        ManagementFactory.getGarbageCollectorMXBeans()
                .forEach(gc -> ((NotificationEmitter) gc).addNotificationListener(afterCollection, null, null));
        sampler = new Thread(this::sample, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    static HeapMeter start() {
        return new HeapMeter();
    }

    private void sample() {
        var memory = ManagementFactory.getMemoryMXBean();
        while (running) {
            sampledPeak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** What the heap held after each collection (the live data then), the largest of those. */
    private void afterCollection(Notification n, Object handback) {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
            Set<String> heap = heapPools.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
            long used = info.getMemoryUsageAfterGc().entrySet().stream().filter(e -> heap.contains(e.getKey()))
                    .mapToLong(e -> e.getValue().getUsed()).sum();
            peakAfterCollections.accumulateAndGet(used, Math::max);
        }
    }

    long peakAfterCollections() {
        return peakAfterCollections.get();
    }

    long sumOfPoolPeaks() {
        return heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    long sampledPeak() {
        return sampledPeak.get();
    }

    /** Collections since the start, and the time the collectors report for them (pauses and concurrent work). */
    String collections() {
        return String.format("%d collections, %,d ms", gcCount() - gcCountAtStart, gcMillis() - gcMillisAtStart);
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(g -> Math.max(0, g.getCollectionTime())).sum();
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(g -> Math.max(0, g.getCollectionCount())).sum();
    }

    static long maxHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
    }

    static String mb(long bytes) {
        return String.format("%,d MB", bytes / (1024 * 1024));
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            try {
                ((NotificationEmitter) gc).removeNotificationListener(afterCollection);
            } catch (ListenerNotFoundException e) {
                // never added: nothing to remove
            }
        }
        sampler.join();
    }
}
