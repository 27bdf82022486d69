package com.clientele.auth;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the server may listen: with no active API key it answers everyone as administrator, so it binds only to a
 * loopback address and says so; on any other address it refuses to start until a key exists.
 */
public final class BindPolicy {

    private static final Logger LOG = LoggerFactory.getLogger(BindPolicy.class);

    private BindPolicy() {
    }

    /** Throws {@link IllegalStateException} with the reason when the server must not start on {@code host}. */
    public static void check(String host, boolean keysConfigured) {
        if (keysConfigured) {
            LOG.info("API keys configured: every /graphql request needs Authorization: Bearer <key>");
            return;
        }
        if (!isLoopback(host)) {
            throw new IllegalStateException("no API key is configured, so the server may only listen on loopback,"
                    + " but HOST is " + host + ". Create a key first: `create-key --role ADMIN --name ops`"
                    + " (see docs/api.md), or set HOST=127.0.0.1");
        }
        LOG.warn("No API key configured: every request acts as ADMIN, listening on loopback ({}) only."
                + " Create one with `create-key --role ADMIN --name ops`", host);
    }

    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
