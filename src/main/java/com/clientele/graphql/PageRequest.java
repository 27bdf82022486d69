package com.clientele.graphql;

import graphql.schema.DataFetchingEnvironment;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Which slice of a list a client asked for with Relay's {@code first} and {@code after}. Cursors are opaque to
 * clients; inside they are positions in the list ordered as requested, from 0 to {@value #MAX_POSITION}. A cursor
 * this API could not have returned (another text, a position out of that range, another encoding of a position)
 * is a BAD_USER_INPUT error.
 */
public record PageRequest(int offset, int limit) {

    /** The last position a cursor may hold: far beyond any list, and far from overflowing offset + limit. */
    public static final int MAX_POSITION = 99_999_999;

    private static final String CURSOR_PREFIX = "offset:";
    private static final Pattern POSITION = Pattern.compile("offset:(0|[1-9][0-9]{0,7})");

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
        String decoded = decoded(cursor);
        if (decoded == null || !POSITION.matcher(decoded).matches()) {
            throw notACursor();
        }
        int position = Integer.parseInt(decoded.substring(CURSOR_PREFIX.length()));
        if (!cursorAt(position).equals(cursor)) {
            throw notACursor();
        }
        return position;
    }

    private static String decoded(String cursor) {
        try {
            return new String(Base64.getDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private static ClientException notACursor() {
        return ClientException.badInput("`after` is not a cursor this API returned: pass the `endCursor` of a page,"
                + " or the `cursor` of one of its edges");
    }
}
