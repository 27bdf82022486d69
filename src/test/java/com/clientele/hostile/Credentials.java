package com.clientele.hostile;

import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Requests without a usable key while keys exist: none at all, a revoked key, tampered or truncated tokens, other
 * schemes, malformed headers (401 UNAUTHENTICATED); and two Authorization headers, which must not grant ADMIN.
 */
final class Credentials implements RequestSource {

    private static final String QUERY = "{\"query\":\"{ categories { id } }\"}";

    private final StormKeys keys;

    Credentials(StormKeys keys) {
        this.keys = keys;
    }

    @Override
    public Family family() {
        return Family.ROLES;
    }

    @Override
    public HostileRequest next(Random random) {
        String token = keys.readerToken();
        String tampered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
        List<String> refused = List.of(keys.revoked(), "Bearer", "Bearer ", "Basic dXNlcjpwYXNz", "Bearer clk_",
                "Bearer clk_000000000000_" + "A".repeat(43), "Bearer " + tampered, "Bearer " + token + " extra",
                "Token " + token, token, "Bearer " + "x".repeat(4_000), "Bearer clk_" + token.substring(4, 16),
                "Bearer " + token.replace("clk_", "clk-"), "Bearer " + token.substring(0, 30), "Bearer null");
        int pick = random.nextInt(refused.size() + 2);
        if (pick == refused.size()) {
            return new HostileRequest(family(), "no Authorization header", "POST", HostileRequest.PATH,
                    HostileRequest.headers("Content-Type", "application/json"), Payload.of(QUERY), false,
                    Expectation.statusAndCode(401, "UNAUTHENTICATED"));
        }
        if (pick == refused.size() + 1) {
            return twoHeaders();
        }
        String authorization = refused.get(pick);
        return HostileRequest.post(family(), "Authorization: " + HostileRequest.abbreviated(authorization
                .replace(token, "<reader token>").replace(keys.revoked(), "<revoked key>"), 60), authorization, QUERY,
                Expectation.statusAndCode(401, "UNAUTHENTICATED"));
    }

    private HostileRequest twoHeaders() {
        Expectation notAdmin = answer -> answer.json().map(json -> json.at("/data/apiKeys"))
                .filter(keysSeen -> keysSeen.isArray()).map(keysSeen -> "two Authorization headers granted ADMIN")
                .or(Optional::empty);
        return new HostileRequest(family(), "READER and ADMIN Authorization headers together", "POST",
                HostileRequest.PATH, HostileRequest.headers("Content-Type", "application/json", "Authorization",
                        keys.reader(), "Authorization", keys.admin()), Payload.of("{\"query\":\"{ apiKeys { id } }\"}"),
                false, notAdmin);
    }
}
