package com.clientele.hostile;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A request body: a prefix, a run of one repeated byte and a suffix, so that a 20 MB body costs no memory until it
 * is sent. {@code framing} says how it goes on the wire.
 */
record Payload(byte[] prefix, byte filler, long fillerCount, byte[] suffix, Framing framing) {

    /** How the body is framed on the wire. */
    enum Framing {
        /** With a Content-Length header. */
        CONTENT_LENGTH,
        /** With Transfer-Encoding: chunked, length unknown to the server until the last chunk. */
        CHUNKED,
        /** Written as it is after the head; the request's own headers say how it is framed (raw socket only). */
        AS_IS
    }

    static Payload of(byte[] bytes) {
        return new Payload(bytes, (byte) ' ', 0, new byte[0], Framing.CONTENT_LENGTH);
    }

    static Payload of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code prefix}, {@code count} times {@code filler}, {@code suffix}. */
    static Payload padded(String prefix, char filler, long count, String suffix, Framing framing) {
        return new Payload(prefix.getBytes(StandardCharsets.UTF_8), (byte) filler, count,
                suffix.getBytes(StandardCharsets.UTF_8), framing);
    }

    Payload framed(Framing changed) {
        return new Payload(prefix, filler, fillerCount, suffix, changed);
    }

    long length() {
        return prefix.length + fillerCount + suffix.length;
    }

    InputStream open() {
        return new SequenceInputStream(java.util.Collections.enumeration(List.of(new ByteArrayInputStream(prefix),
                new RepeatedByteStream(filler, fillerCount), new ByteArrayInputStream(suffix))));
    }

    /** The whole body in memory (only for small bodies). */
    byte[] bytes() {
        try (InputStream in = open()) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    String summary() {
        return String.format("%,d-byte body (%s)", length(), framing.name().toLowerCase(java.util.Locale.ROOT));
    }
}
