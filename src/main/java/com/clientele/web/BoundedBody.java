package com.clientele.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.jetty.http.BadMessageException;

/**
 * Reads a request body while counting its bytes, however it is framed (Content-Length or chunked): above the
 * limit it stops reading and refuses the request with 413; a body whose framing breaks off (a chunk shorter than
 * declared, a bad chunk size, no last chunk, fewer bytes than Content-Length) is refused with 400 instead of
 * surfacing as a server error.
 */
public final class BoundedBody {

    private static final int BUFFER = 8192;

    private BoundedBody() {
    }

    public static byte[] read(Context ctx, long maxBytes) {
        if (ctx.contentLength() > maxBytes) {
            throw tooLarge(maxBytes);
        }
        try {
            return readAtMost(ctx.req().getInputStream(), maxBytes);
        } catch (IOException | RuntimeException broken) {
            if (broken instanceof RequestRejected rejected) {
                throw rejected;
            }
            if (tooSlow(broken)) {
                throw new RequestRejected(408, "BAD_REQUEST", "the request body arrived slower than the server's"
                        + " minimum data rate (HTTP_MIN_REQUEST_BYTES_PER_SECOND)");
            }
            throw RequestRejected.badRequest("the request body could not be read: its framing is broken"
                    + " (a chunk or Content-Length that does not match the bytes sent)");
        }
    }

    private static byte[] readAtMost(InputStream in, long maxBytes) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[BUFFER];
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            if (body.size() + (long) read > maxBytes) {
                throw tooLarge(maxBytes);
            }
            body.write(buffer, 0, read);
        }
        return body.toByteArray();
    }

    private static boolean tooSlow(Throwable broken) {
        for (Throwable cause = broken; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof BadMessageException bad && bad.getCode() == 408) {
                return true;
            }
        }
        return false;
    }

    private static RequestRejected tooLarge(long maxBytes) {
        return new RequestRejected(413, "BAD_REQUEST", "the request body is larger than " + maxBytes + " bytes");
    }
}
