package com.clientele.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** /graphiql: the GraphiQL IDE, with its scripts served from webjars inside the jar, so it works offline. */
public final class GraphiqlPage implements Handler {

    private final String html = load();

    @Override
    public void handle(Context ctx) {
        ctx.html(html);
    }

    private static String load() {
        try (InputStream in = GraphiqlPage.class.getResourceAsStream("/web/graphiql.html")) {
            if (in == null) {
                throw new IllegalStateException("web/graphiql.html is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
