package com.clientele.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the HTTP answer(s) a raw socket received: the first answer's status, Content-Type and (de-chunked) body;
 * when the bytes hold a later answer with a 5xx status (a smuggled second request), that one is reported instead.
 */
final class RawResponse {

    private static final Pattern STATUS_LINE = Pattern.compile("(?:^|\r\n)HTTP/1\\.[01] (\\d{3})");

    private RawResponse() {
    }

    static Answer parse(byte[] received) {
        String text = new String(received, StandardCharsets.ISO_8859_1);
        Matcher status = STATUS_LINE.matcher(text);
        if (!status.find() || status.start() > 0) {
            return Answer.none("not an HTTP answer: " + HostileRequest.abbreviated(text));
        }
        int headEnd = text.indexOf("\r\n\r\n");
        String head = headEnd < 0 ? text : text.substring(0, headEnd);
        String rest = headEnd < 0 ? "" : text.substring(headEnd + 4);
        Answer first = new Answer(Integer.parseInt(status.group(1)), header(head, "content-type"),
                utf8(header(head, "transfer-encoding").contains("chunked") ? dechunked(rest) : rest));
        while (status.find()) {
            if (Integer.parseInt(status.group(1)) >= 500) {
                return new Answer(Integer.parseInt(status.group(1)), "", text.substring(status.start()));
            }
        }
        return first;
    }

    private static String header(String head, String name) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals(name)) {
                return line.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    private static String dechunked(String body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int position = 0;
        while (position < body.length()) {
            int lineEnd = body.indexOf("\r\n", position);
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(body.substring(position, lineEnd).split(";")[0].trim(), 16);
            if (size == 0 || lineEnd + 2 + size > body.length()) {
                break;
            }
            out.writeBytes(body.substring(lineEnd + 2, lineEnd + 2 + size).getBytes(StandardCharsets.ISO_8859_1));
            position = lineEnd + 2 + size + 2;
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    private static String utf8(String latin1) {
        return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }
}
