package com.clientele.graphql;

import graphql.schema.DataFetchingEnvironment;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Which slice of a list a client asked for with Relay's {@code first} and {@code after}. Cursors are opaque to
 * clients; inside they are positions in the list ordered as requested.
 */
public record PageRequest(int offset, int limit) {

    private static final String CURSOR_PREFIX = "offset:";

    public static PageRequest from(DataFetchingEnvironment env, int maxPageSize) {
        Integer first = env.getArgument("first");
        String after = env.getArgument("after");
        int limit = first == null ? Math.min(20, maxPageSize) : first;
        if (limit < 0 || limit > maxPageSize) {
            throw ClientException.badInput("first must be between 0 and " + maxPageSize + ", was " + limit);
        }
        int offset = after == null ? 0 : positionOf(after) + 1;
        return new PageRequest(offset, limit);
    }

    public static String cursorAt(int position) {
        return Base64.getEncoder().encodeToString((CURSOR_PREFIX + position).getBytes(StandardCharsets.UTF_8));
    }

    private static int positionOf(String cursor) {
        try {
            String decoded = new String(Base64.getDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!decoded.startsWith(CURSOR_PREFIX)) {
                throw new IllegalArgumentException(decoded);
            }
            int position = Integer.parseInt(decoded.substring(CURSOR_PREFIX.length()));
            if (position < 0) {
                throw new IllegalArgumentException(decoded);
            }
            return position;
        } catch (IllegalArgumentException e) {
            throw ClientException.badInput("after is not a cursor this API returned: '" + cursor + "'");
        }
    }
}
