package com.clientele.auth;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Where the server may listen. A store that never had an API key would be keyless (anonymous requests act as
 * ADMIN) on loopback, so on any other address the server refuses to start until a key exists. A store that had
 * keys starts anywhere, even with none active: then every request is refused until `create-key` makes one
 * ({@link KeylessMode} decides and logs).
 */
public final class BindPolicy {

    private BindPolicy() {
    }

    /** Throws {@link IllegalStateException} with the reason when the server must not start on {@code host}. */
    public static void check(String host, KeyCounts keys) {
        if (keys.keysEverExisted() || isLoopback(host)) {
            return;
        }
        throw new IllegalStateException("no API key has ever been created in this store, so the server may only"
                + " listen on loopback (keyless development mode), but HOST is " + host + ". Create a key first:"
                + " `create-key --role ADMIN --name ops` (see docs/api.md, Key lifecycle), or set HOST=127.0.0.1");
    }

    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
