package com.clientele.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A closed-loop load: {@code concurrency} threads each send one query after the other for the given time and finish
 * the request they are in; requests per second over the whole time until the last answer, and the CPU time each
 * watched process (the server, the shared Neo4j, this load generator) spent in it, per request.
 */
final class LoadRun {

    /** What one run measured; {@code cpuMillis} per watched process, in the order given. */
    record Result(int concurrency, long requests, double seconds, double p50Millis, double p99Millis,
            long[] cpuMillis) {

        double perSecond() {
            return requests / seconds;
        }

        double cpuMillisPerRequest(int process) {
            return (double) cpuMillis[process] / requests;
        }
    }

    private LoadRun() {
    }

    static Result run(Runnable request, int concurrency, double seconds, List<ProcessCpu> watched)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(concurrency);
        long[] cpuBefore = watched.stream().mapToLong(ProcessCpu::millis).toArray();
        long started = System.nanoTime();
        long until = started + (long) (seconds * 1e9);
        List<Future<List<Double>>> workers = new ArrayList<>();
        for (int thread = 0; thread < concurrency; thread++) {
            workers.add(threads.submit(() -> loop(request, until)));
        }
        List<Double> millis = new ArrayList<>();
        for (Future<List<Double>> worker : workers) {
            millis.addAll(worker.get());
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        long[] cpu = new long[watched.size()];
        for (int process = 0; process < cpu.length; process++) {
            cpu[process] = watched.get(process).millis() - cpuBefore[process];
        }
        threads.shutdown();
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Result(concurrency, sorted.length, elapsed, rank(sorted, 0.50), rank(sorted, 0.99), cpu);
    }

    private static List<Double> loop(Runnable request, long until) {
        List<Double> millis = new ArrayList<>();
        while (System.nanoTime() < until) {
            long started = System.nanoTime();
            request.run();
            millis.add((System.nanoTime() - started) / 1e6);
        }
        return millis;
    }

    private static double rank(double[] sorted, double quantile) {
        return sorted[Math.max(0, (int) Math.ceil(quantile * sorted.length) - 1)];
    }
}
