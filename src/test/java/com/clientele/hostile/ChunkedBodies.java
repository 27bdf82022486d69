package com.clientele.hostile;

import com.clientele.hostile.Payload.Framing;
import java.util.List;
import java.util.Random;

/**
 * Bodies framed every way: streamed with Transfer-Encoding: chunked (the HTTP client's publisher of unknown length,
 * or chunks written on a raw socket) below and above MAX_REQUEST_BYTES, and malformed chunk framing. A body above
 * the limit must get 413 however it is framed (issue 12 point 3).
 */
final class ChunkedBodies implements RequestSource {

    private static final String QUERY_PREFIX = "{\"query\":\"{ categories { id } }\",\"variables\":{\"pad\":\"";
    private static final String QUERY_SUFFIX = "\"}}";

    private final StormKeys keys;
    private final long maxRequestBytes;
    private final MalformedFraming malformed;

    ChunkedBodies(StormKeys keys, long maxRequestBytes) {
        this.keys = keys;
        this.maxRequestBytes = maxRequestBytes;
        this.malformed = new MalformedFraming(keys);
    }

    @Override
    public Family family() {
        return Family.CHUNKED_BODIES;
    }

    @Override
    public HostileRequest next(Random random) {
        return switch (random.nextInt(6)) {
            case 0, 1 -> padded("streamed chunked body under the limit", underLimit(random), Framing.CHUNKED, false,
                    Expectation.answered());
            case 2 -> padded("raw chunked body under the limit", underLimit(random), Framing.CHUNKED, true,
                    Expectation.answered());
            case 3 -> spaces("streamed chunked body padded with JSON whitespace", underLimit(random), Framing.CHUNKED,
                    Expectation.answered());
            default -> malformed.next(random);
        };
    }

    @Override
    public List<HostileRequest> fixed() {
        return List.of(
                padded("chunked body one byte over the limit", maxRequestBytes + 1 - overhead(), Framing.CHUNKED,
                        true, Expectation.status(413)),
                padded("chunked 1.5 MB body", 1_500_000, Framing.CHUNKED, true, Expectation.status(413)),
                padded("chunked 5 MB body", 5_000_000, Framing.CHUNKED, true, Expectation.status(413)),
                spaces("chunked 3 MB of JSON whitespace", 3_000_000, Framing.CHUNKED, Expectation.status(413))
                        .overRawSocket(),
                padded("2 MB body with Content-Length", 2_000_000, Framing.CONTENT_LENGTH, true,
                        Expectation.status(413)),
                padded("body of exactly the limit with Content-Length", maxRequestBytes - overhead(),
                        Framing.CONTENT_LENGTH, true, Expectation.answered()),
                padded("chunked body of exactly the limit", maxRequestBytes - overhead(), Framing.CHUNKED, true,
                        Expectation.answered()));
    }

    private long underLimit(Random random) {
        long[] sizes = {0, 1, 100, 4_096, 65_536, 300_000, maxRequestBytes - overhead() - 1};
        return random.nextInt(10) == 0 ? sizes[random.nextInt(sizes.length)] : random.nextInt(20_000);
    }

    private static long overhead() {
        return QUERY_PREFIX.length() + QUERY_SUFFIX.length();
    }

    private HostileRequest padded(String description, long padding, Framing framing, boolean raw,
            Expectation expectation) {
        HostileRequest request = HostileRequest.post(family(), description, keys.reader(), "{}", expectation)
                .withPayload(Payload.padded(QUERY_PREFIX, 'x', padding, QUERY_SUFFIX, framing));
        return raw ? request.overRawSocket() : request;
    }

    private HostileRequest spaces(String description, long padding, Framing framing, Expectation expectation) {
        return HostileRequest.post(family(), description, keys.reader(), "{}", expectation)
                .withPayload(Payload.padded("{\"query\":\"{ __typename }\"}", ' ', padding, "", framing));
    }
}
