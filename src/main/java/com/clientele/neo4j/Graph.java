package com.clientele.neo4j;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.summary.ResultSummary;

/**
 * The one way the application runs Cypher: named statements from the {@link CypherCatalog}, parameters only,
 * in managed transactions (read sessions for reads, so a cluster routes them to followers) with a timeout. Every
 * session shares the driver's bookmark manager, so on a cluster a read that follows an acknowledged write (in this
 * process) waits until the follower it lands on has that write: causal consistency, at no cost on a single server.
 * It counts the statements it runs, which tests and metrics read.
 */
public final class Graph {

    private final Driver driver;
    private final CypherCatalog cypher;
    private final String database;
    private final SessionConfig readSession;
    private final SessionConfig writeSession;
    private final TransactionConfig transactionConfig;
    private final AtomicLong statementsRun = new AtomicLong();

    public Graph(Driver driver, CypherCatalog cypher, String database, Duration timeout) {
        this.driver = driver;
        this.cypher = cypher;
        this.database = database;
        this.readSession = session(driver, database, org.neo4j.driver.AccessMode.READ);
        this.writeSession = session(driver, database, org.neo4j.driver.AccessMode.WRITE);
        this.transactionConfig = TransactionConfig.builder().withTimeout(timeout).build();
    }

    /**
     * The same graph whose transactions may run for {@code timeout} instead (imports: a batch of thousands of rows
     * must not be bound by the per-request timeout).
     */
    public Graph withTimeout(Duration timeout) {
        return new Graph(driver, cypher, database, timeout);
    }

    /** Sessions on the database sharing the driver's bookmark manager (none for a schema-only graph, no driver). */
    private static SessionConfig session(Driver driver, String database, org.neo4j.driver.AccessMode mode) {
        SessionConfig.Builder builder = SessionConfig.builder().withDatabase(database).withDefaultAccessMode(mode);
        if (driver == null) {
            return builder.build();
        }
        return builder.withBookmarkManager(driver.executableQueryBookmarkManager()).build();
    }

    /** Runs a read statement and maps every record. */
    public <T> List<T> read(String name, Map<String, Object> parameters, Function<Record, T> mapper) {
        String statement = cypher.get(name);
        statementsRun.incrementAndGet();
        try (Session session = driver.session(readSession)) {
            return session.executeRead(tx -> tx.run(statement, parameters).list(mapper), transactionConfig);
        }
    }

    /**
     * Runs a read statement and folds its records into an accumulator as the server streams them, so a large
     * result is never held as a list. A retried transaction starts again from a fresh accumulator.
     */
    public <A> A readInto(String name, Map<String, Object> parameters, Supplier<A> freshAccumulator,
            BiConsumer<A, Record> add) {
        String statement = cypher.get(name);
        statementsRun.incrementAndGet();
        try (Session session = driver.session(readSession)) {
            return session.executeRead(tx -> {
                A accumulator = freshAccumulator.get();
                tx.run(statement, parameters).forEachRemaining(record -> add.accept(accumulator, record));
                return accumulator;
            }, transactionConfig);
        }
    }

    /** Runs a read statement expected to return at most one record. */
    public <T> java.util.Optional<T> readOne(String name, Map<String, Object> parameters,
            Function<Record, T> mapper) {
        return read(name, parameters, mapper).stream().findFirst();
    }

    /** Runs a write statement and maps every record it returns. The statement must be safe to retry. */
    public <T> List<T> write(String name, Map<String, Object> parameters, Function<Record, T> mapper) {
        String statement = cypher.get(name);
        statementsRun.incrementAndGet();
        try (Session session = driver.session(writeSession)) {
            return session.executeWrite(tx -> tx.run(statement, parameters).list(mapper), transactionConfig);
        }
    }

    /** Runs a write statement for its effect and returns the summary (counters). */
    public ResultSummary write(String name, Map<String, Object> parameters) {
        String statement = cypher.get(name);
        statementsRun.incrementAndGet();
        try (Session session = driver.session(writeSession)) {
            return session.executeWrite(tx -> tx.run(statement, parameters).consume(), transactionConfig);
        }
    }

    /** Runs several write statements in one transaction: all of them take effect, or none. */
    public void writeTogether(List<String> names, Map<String, Object> parameters) {
        List<String> statements = names.stream().map(cypher::get).toList();
        statementsRun.addAndGet(statements.size());
        try (Session session = driver.session(writeSession)) {
            session.executeWriteWithoutResult(tx -> statements.forEach(statement -> tx.run(statement, parameters).consume()),
                    transactionConfig);
        }
    }

    /** How many statements this graph has run since it was created. */
    public long statementsRun() {
        return statementsRun.get();
    }

    public CypherCatalog cypher() {
        return cypher;
    }

    public Driver driver() {
        return driver;
    }
}
