package com.clientele.bench;

import com.clientele.app.App;
import com.clientele.app.AppConfig;
import com.clientele.ingest.SeedData;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Benchmark, not a test (issue 12 point 5): the production API over the seed merchant, hit by bursts of
 * {@code connections} parallel connections opened at the same instant, each sending one query; counts the answers
 * by status (200, 503 with Retry-After, other) and the connections reset or dropped without an answer.
 * Run: {@code bench/run BurstBenchmark [connections rounds]}. HTTP_* environment variables apply as in serve.
 */
public final class BurstBenchmark {

    private static final String QUERY = "{\"query\":\"{ customers(first: 20) { totalCount nodes { id name orders(first:"
            + " 5) { nodes { id total } } } } }\"}";

    private BurstBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int connections = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        try (BenchStore store = new BenchStore()) {
            SeedData.loadOnFirstStart(store.graph());
            Map<String, String> env = new java.util.HashMap<>(System.getenv());
            env.put("PORT", "0");
            env.put("DATA_DIR", store.home().toString());
            Javalin app = App.create(AppConfig.fromEnvironment(env), store.driver()).start("127.0.0.1", 0);
            try {
                for (int round = 1; round <= rounds; round++) {
                    Map<String, Integer> counts = burst(app.port(), connections);
                    System.out.printf("round %d, %d parallel connections: %s%n", round, connections, counts);
                }
            } finally {
                app.stop();
            }
            System.out.println("load average: " + Files.readString(Path.of("/proc/loadavg")).trim());
        }
    }

    private static Map<String, Integer> burst(int port, int connections) throws InterruptedException {
        Map<String, Integer> counts = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(connections);
        for (int client = 0; client < connections; client++) {
            clients.submit(() -> counts.merge(oneRequest(port, start), 1, Integer::sum));
        }
        start.countDown();
        clients.shutdown();
        clients.awaitTermination(10, TimeUnit.MINUTES);
        return new java.util.TreeMap<>(counts);
    }

    private static String oneRequest(int port, CountDownLatch start) {
        try (Socket socket = new Socket()) {
            start.await();
            socket.connect(new InetSocketAddress("127.0.0.1", port), 30_000);
            socket.setSoTimeout(120_000);
            byte[] body = QUERY.getBytes(StandardCharsets.UTF_8);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nConnection:"
                    + " close\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return outcome(socket.getInputStream());
        } catch (IOException e) {
            return e.getMessage() != null && e.getMessage().contains("reset") ? "reset" : "dropped";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static String outcome(InputStream in) throws IOException {
        String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        if (!answer.startsWith("HTTP/1.1 ")) {
            return "dropped";
        }
        String status = answer.substring(9, 12);
        boolean retryAfter = answer.toLowerCase(java.util.Locale.ROOT).contains("\r\nretry-after: ");
        return status.equals("503") && retryAfter ? "503+Retry-After" : status;
    }
}
