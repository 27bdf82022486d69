package com.clientele.bench;

import java.util.concurrent.CountDownLatch;

/**
 * A Neo4j over Bolt on loopback in a process of its own, for benchmarks that put several servers on one database
 * (bench/compare-neo4j-graphql.sh): opens or fills the store like every benchmark, prints its Bolt address and this
 * process's id, and serves until it is sent SIGTERM, when the store is closed cleanly.
 * {@code bench/run BoltServer seed | generated <customers> | store <dir>}
 */
public final class BoltServer {

    public static void main(String[] args) throws InterruptedException {
        BenchData data = BenchData.open(args[0], args.length > 1 ? args[1] : "");
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            data.store().close();
            closed.countDown();
        }));
        System.out.printf("bolt %s pid %d (%s)%n", data.store().boltUri(), ProcessHandle.current().pid(),
                data.description());
        System.out.flush();
        closed.await();
    }
}
