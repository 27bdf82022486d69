package com.clientele.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs independent batches of a refresh (each its own transaction, on its own customers, so they never wait for
 * each other's locks) on up to one thread per core, and returns their results in batch order.
 */
final class InParallel {

    private InParallel() {
    }

    /** {@code work} applied to consecutive slices of {@code items} of {@code batch} items, results in slice order. */
    static <T, R> List<R> batches(List<T> items, int batch, Function<List<T>, R> work) {
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        if (items.size() <= batch || threads == 1) {
            return sequential(items, batch, work);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "refresh-batch");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (int start = 0; start < items.size(); start += batch) {
                List<T> slice = items.subList(start, Math.min(items.size(), start + batch));
                futures.add(pool.submit(() -> work.apply(slice)));
            }
            List<R> results = new ArrayList<>(futures.size());
            for (Future<R> future : futures) {
                results.add(resultOf(future));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T, R> List<R> sequential(List<T> items, int batch, Function<List<T>, R> work) {
        List<R> results = new ArrayList<>();
        for (int start = 0; start < items.size(); start += batch) {
            results.add(work.apply(items.subList(start, Math.min(items.size(), start + batch))));
        }
        return results;
    }

    private static <R> R resultOf(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("refresh interrupted", interrupted);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(failed.getCause());
        }
    }
}
