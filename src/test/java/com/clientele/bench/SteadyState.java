package com.clientele.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * Warm-up until the JIT compiler has settled, not for a fixed count: on a 2-core machine the C2 compiler thread took
 * a third of all CPU a minute into a run with a fixed warm-up of 1,000 rounds, so the timed requests measured the
 * compiler's competition, not the steady state of a server that has been up for a while. Rounds run in blocks; the
 * warm-up ends after the first block in which compilation took less than {@link #QUIET_SHARE} of the block's wall
 * time (at least {@code minRounds}, at most {@code maxRounds}). {@link #compilationMillis()} lets a caller report how
 * much compiling still happened while it timed.
 */
final class SteadyState {

    static final double QUIET_SHARE = 0.02;

    /** One unit of work, given its running index. */
    interface Round {
        void run(int index) throws Exception;
    }

    private SteadyState() {
    }

    /** Milliseconds the JIT compilers have spent so far (0 when the JVM does not say). */
    static long compilationMillis() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    /** Runs rounds until compilation is quiet; returns the number of rounds run and prints how the warm-up went. */
    static int warmUp(String what, int block, int minRounds, int maxRounds, Round round) throws Exception {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long started = System.nanoTime();
        int rounds = 0;
        double share = 1;
        while (rounds < maxRounds && (rounds < minRounds || share >= QUIET_SHARE)) {
            long compileBefore = jit.getTotalCompilationTime();
            long wallBefore = System.nanoTime();
            for (int i = 0; i < block; i++) {
                round.run(rounds++);
            }
            double wallMillis = (System.nanoTime() - wallBefore) / 1e6;
            share = (jit.getTotalCompilationTime() - compileBefore) / wallMillis;
            if (jit.getTotalCompilationTime() == 0) {
                share = 0;
            }
        }
        System.out.printf("%s warm-up: %d rounds in %.1f s; JIT compilation in the last block of %d: %.1f %% of its"
                + " wall time%n", what, rounds, (System.nanoTime() - started) / 1e9, block, share * 100);
        return rounds;
    }
}
