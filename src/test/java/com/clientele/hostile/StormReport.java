package com.clientele.hostile;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Everything the storm saw: requests sent per family, every failure, and the heap. Reads as a table of families
 * with their failures by kind, then examples of each family and kind.
 */
final class StormReport {

    private static final int EXAMPLES = Integer.getInteger("hostile.examples", 8);
    private static final int NO_ANSWERS_TO_STOP = 50;

    private static final int SLOWEST = Integer.getInteger("hostile.slowest", 8);

    /** A request and how long its answer took. */
    private record Slow(long millis, String request) {
    }

    private final Map<Family, AtomicLong> sent = new ConcurrentHashMap<>();
    private final Map<Family, AtomicLong> millis = new ConcurrentHashMap<>();
    private final java.util.concurrent.PriorityBlockingQueue<Slow> slowest = new java.util.concurrent
            .PriorityBlockingQueue<>(SLOWEST + 4, java.util.Comparator.comparingLong(Slow::millis));
    private final Queue<Failure> failures = new ConcurrentLinkedQueue<>();
    private final AtomicLong peakHeap = new AtomicLong();
    private final AtomicLong noAnswers = new AtomicLong();
    private final long seed;
    private long heapBefore;
    private long heapAfter;
    private long wallMillis;

    StormReport(long seed) {
        this.seed = seed;
    }

    /** One request sent, the failures its answer showed, and how long it took (reported, never asserted). */
    void sent(HostileRequest request, List<Failure> found, long nanos) {
        sent.computeIfAbsent(request.family(), family -> new AtomicLong()).incrementAndGet();
        millis.computeIfAbsent(request.family(), family -> new AtomicLong()).addAndGet(nanos / 1_000_000);
        slowest.add(new Slow(nanos / 1_000_000, request.summary()));
        if (slowest.size() > SLOWEST) {
            slowest.poll();
        }
        failures.addAll(found);
        noAnswers.addAndGet(found.stream().filter(failure -> failure.kind() == Failure.Kind.NO_RESPONSE).count());
        Runtime runtime = Runtime.getRuntime();
        peakHeap.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
    }

    void add(Failure failure) {
        failures.add(failure);
    }

    void heap(long before, long after) {
        heapBefore = before;
        heapAfter = after;
    }

    void took(long millis) {
        wallMillis = millis;
    }

    long requests() {
        return sent.values().stream().mapToLong(AtomicLong::get).sum();
    }

    /** True after {@value #NO_ANSWERS_TO_STOP} requests got no HTTP answer at all. */
    boolean serverStoppedAnswering() {
        return noAnswers.get() >= NO_ANSWERS_TO_STOP;
    }

    boolean failed() {
        return !failures.isEmpty();
    }

    String heapLine() {
        return String.format("heap used by the test JVM (server in-process): %,d MB before, peak %,d MB during, %,d MB"
                + " after the storm", heapBefore >> 20, peakHeap.get() >> 20, heapAfter >> 20);
    }

    @Override
    public String toString() {
        Map<Family, List<Failure>> byFamily = failures.stream().collect(Collectors.groupingBy(Failure::family,
                () -> new EnumMap<>(Family.class), Collectors.toList()));
        StringBuilder text = new StringBuilder(String.format("hostile storm, seed %d (rerun with -Dhostile.seed=%d),"
                + " %,d requests in %,d ms, %,d failures%n%s%n%n", seed, seed, requests(), wallMillis, failures.size(),
                heapLine()));
        text.append(String.format("%-15s %-6s %6s %9s %7s  %s%n", "family", "issue", "sent", "answer ms", "failed",
                "failures by kind"));
        for (Family family : Family.values()) {
            List<Failure> found = byFamily.getOrDefault(family, List.of());
            long count = sent.getOrDefault(family, new AtomicLong()).get();
            if (count > 0 || !found.isEmpty()) {
                text.append(String.format("%-15s %-6s %6d %9d %7d  %s%n", family, family.issuePoints(), count,
                        millis.getOrDefault(family, new AtomicLong()).get(), found.size(), kinds(found)));
            }
        }
        text.append("slowest answers (for tuning, not asserted):\n");
        slowest.stream().sorted(java.util.Comparator.comparingLong(Slow::millis).reversed()).forEach(slow ->
                text.append(String.format("  %,7d ms  %s%n", slow.millis(), slow.request())));
        byFamily.forEach((family, found) -> examples(text, family, found));
        return text.toString();
    }

    private static Map<Failure.Kind, Long> kinds(List<Failure> found) {
        return found.stream().collect(Collectors.groupingBy(Failure::kind, TreeMap::new, Collectors.counting()));
    }

    /** Requests that differ only in numbers and quoted values count as one kind of request. */
    private static String alike(Failure failure) {
        String request = failure.request().replaceAll("\\d+", "N").replaceAll("\"[^\"]*\"", "S");
        return request.substring(0, Math.min(50, request.length()));
    }

    private static void examples(StringBuilder text, Family family, List<Failure> found) {
        text.append(String.format("%n== %s (%s): %d failures%n", family, family.covers(), found.size()));
        Map<Failure.Kind, List<Failure>> byKind = found.stream().collect(Collectors.groupingBy(Failure::kind,
                TreeMap::new, Collectors.toList()));
        byKind.forEach((kind, ofKind) -> {
            text.append(String.format("  -- %s: %d%n", kind, ofKind.size()));
            Map<String, List<Failure>> alike = ofKind.stream().collect(Collectors.groupingBy(StormReport::alike,
                    java.util.LinkedHashMap::new, Collectors.toList()));
            alike.values().stream().sorted((one, other) -> other.size() - one.size()).limit(EXAMPLES)
                    .forEach(group -> text.append(String.format("     %d like: %s%n        => %s%n", group.size(),
                            group.get(0).request(), group.get(0).answer())));
            if (alike.size() > EXAMPLES) {
                text.append(String.format("     ... and %d other kinds of request%n", alike.size() - EXAMPLES));
            }
        });
    }
}
