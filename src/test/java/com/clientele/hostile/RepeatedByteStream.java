package com.clientele.hostile;

import java.io.InputStream;
import java.util.Arrays;

/** An input stream of one byte repeated a given number of times, generated as it is read. */
final class RepeatedByteStream extends InputStream {

    private final byte value;
    private long remaining;

    RepeatedByteStream(byte value, long count) {
        this.value = value;
        this.remaining = count;
    }

    @Override
    public int read() {
        if (remaining <= 0) {
            return -1;
        }
        remaining--;
        return value & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (remaining <= 0) {
            return -1;
        }
        int count = (int) Math.min(length, remaining);
        Arrays.fill(buffer, offset, offset + count, value);
        remaining -= count;
        return count;
    }
}
