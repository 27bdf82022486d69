package com.clientele.web;

import io.javalin.config.JavalinConfig;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnection;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Applies {@link HttpLimits} to Javalin's Jetty: a bounded worker pool and, on
 * every connector (once Javalin has created it, just before it opens) the idle timeout, the listen backlog and the
 * header timeout: a connection whose first request's headers are not complete after that long is closed (a
 * kept-alive connection between requests is left to the idle timeout, so no request in flight is ever cut).
 */
public final class JettyTuning {

    private static final int MIN_THREADS = 8;

    private JettyTuning() {
    }

    public static void apply(JavalinConfig javalin, HttpLimits limits) {
        QueuedThreadPool threads = new QueuedThreadPool(limits.maxThreads(), MIN_THREADS, 60_000);
        threads.setName("clientele-http");
        javalin.jetty.threadPool = threads;
        javalin.jetty.modifyServer(server -> server.addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStarting(LifeCycle event) {
                tuneConnectors(server, limits);
            }
        }));
    }

    private static void tuneConnectors(Server server, HttpLimits limits) {
        for (Connector connector : server.getConnectors()) {
            if (connector instanceof ServerConnector serverConnector) {
                serverConnector.setIdleTimeout(limits.idleTimeout().toMillis());
                serverConnector.setAcceptQueueSize(limits.acceptQueue());
                serverConnector.addEventListener(headerTimeout(serverConnector, limits.headerTimeout().toMillis()));
            }
        }
    }

    private static Connection.Listener headerTimeout(ServerConnector connector, long millis) {
        return new Connection.Listener() {
            @Override
            public void onOpened(Connection connection) {
                if (millis > 0 && connection instanceof HttpConnection http) {
                    connector.getScheduler().schedule(() -> closeIfStillInHeaders(http), millis,
                            TimeUnit.MILLISECONDS);
                }
            }

            @Override
            public void onClosed(Connection connection) {
                // nothing to release: the scheduled check finds the connection closed
            }
        };
    }

    private static void closeIfStillInHeaders(HttpConnection connection) {
        if (connection.getEndPoint().isOpen() && connection.getMessagesIn() == 0) {
            connection.getEndPoint().close();
        }
    }
}
