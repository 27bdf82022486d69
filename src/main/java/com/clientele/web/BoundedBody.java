package com.clientele.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body while counting its bytes, however it is framed (Content-Length or chunked): above the
 * limit it stops reading and refuses the request with 413; a body whose framing breaks off (a chunk shorter than
 * declared, a bad chunk size, no last chunk, fewer bytes than Content-Length) is refused with 400 instead of
 * surfacing as a server error. A body that, one second after the server began reading it, has arrived at less
 * than the minimum rate is refused with 408. (Jetty's own minimum data rate counts from the first byte's arrival,
 * so a two-byte body read a few milliseconds late under load was refused as slow.)
 */
public final class BoundedBody {

    private static final int BUFFER = 8192;
    private static final long GRACE_NANOS = 1_000_000_000L;

    private final long maxBytes;
    private final long minBytesPerSecond;

    /** Bodies of at most {@code maxBytes}, arriving at {@code minBytesPerSecond} or faster (0: no minimum). */
    public BoundedBody(long maxBytes, long minBytesPerSecond) {
        this.maxBytes = maxBytes;
        this.minBytesPerSecond = minBytesPerSecond;
    }

    public byte[] read(Context ctx) {
        if (ctx.contentLength() > maxBytes) {
            throw tooLarge(maxBytes);
        }
        try {
            return readAtMost(ctx.req().getInputStream());
        } catch (IOException | RuntimeException broken) {
            if (broken instanceof RequestRejected rejected) {
                throw rejected;
            }
            throw RequestRejected.badRequest("the request body could not be read: its framing is broken"
                    + " (a chunk or Content-Length that does not match the bytes sent)");
        }
    }

    private byte[] readAtMost(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[BUFFER];
        long started = System.nanoTime();
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            if (body.size() + (long) read > maxBytes) {
                throw tooLarge(maxBytes);
            }
            body.write(buffer, 0, read);
            refuseIfSlow(body.size(), System.nanoTime() - started);
        }
        return body.toByteArray();
    }

    private void refuseIfSlow(long received, long elapsedNanos) {
        if (minBytesPerSecond == 0 || elapsedNanos <= GRACE_NANOS) {
            return;
        }
        if (received < minBytesPerSecond * (elapsedNanos / 1_000_000L) / 1_000L) {
            throw new RequestRejected(408, "BAD_REQUEST", "the request body arrived slower than the server's"
                    + " minimum data rate (HTTP_MIN_REQUEST_BYTES_PER_SECOND)");
        }
    }

    private static RequestRejected tooLarge(long maxBytes) {
        return new RequestRejected(413, "BAD_REQUEST", "the request body is larger than " + maxBytes + " bytes");
    }
}
