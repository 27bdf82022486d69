package com.clientele.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Refresh batches run on several threads but come back in batch order, and a failing batch fails the refresh. */
class InParallelTest {

    @Test
    void resultsComeBackInBatchOrderWhateverThreadRanThem() {
        List<Integer> items = IntStream.range(0, 10_007).boxed().toList();
        Set<Long> threads = ConcurrentHashMap.newKeySet();
        List<List<Integer>> batches = InParallel.batches(items, 100, batch -> {
            threads.add(Thread.currentThread().getId());
            return List.copyOf(batch);
        });
        assertEquals(101, batches.size());
        assertEquals(items, batches.stream().flatMap(List::stream).toList());
        int expectedThreads = Math.min(4, Runtime.getRuntime().availableProcessors());
        assertEquals(expectedThreads, threads.size(), "a pool thread starts with each of the first batches");
    }

    @Test
    void aFailingBatchFailsTheWholeRunWithItsOwnException() {
        List<Integer> items = IntStream.range(0, 1_000).boxed().toList();
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> InParallel.batches(items, 10, batch -> {
                    if (batch.contains(555)) {
                        throw new IllegalArgumentException("batch with 555");
                    }
                    return batch.size();
                }));
        assertEquals("batch with 555", failure.getMessage());
    }
}
