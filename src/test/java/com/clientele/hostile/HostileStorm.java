package com.clientele.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Sends every request of a plan from a few threads at once, each over the HTTP client or a raw socket, checks
 * every answer against {@link AnswerRules} and records it in the report. A request the HTTP client refuses to build
 * (a header or URI it does not allow) goes over the raw socket instead. When the server has stopped answering
 * (many requests without any answer), the storm stops early, so a hung server cannot hang the test suite.
 */
final class HostileStorm {

    private final HttpClientSender client;
    private final RawSocketSender raw;
    private final int threads;

    HostileStorm(int port, int threads) {
        this.client = new HttpClientSender(port);
        this.raw = new RawSocketSender(port);
        this.threads = threads;
    }

    void run(StormPlan plan, StormReport report) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                workers.add(pool.submit(() -> sendAll(plan, report)));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void sendAll(StormPlan plan, StormReport report) {
        for (Optional<HostileRequest> next = plan.next(); next.isPresent() && !report.serverStoppedAnswering();
                next = plan.next()) {
            HostileRequest request = next.get();
            long started = System.nanoTime();
            Answer answer = send(request);
            report.sent(request, AnswerRules.check(request, answer), System.nanoTime() - started);
        }
    }

    private Answer send(HostileRequest request) {
        if (request.raw()) {
            return raw.send(request);
        }
        try {
            return client.send(request);
        } catch (IllegalArgumentException refusedByTheClient) {
            return raw.send(request);
        }
    }
}
