package com.clientele.web;

/** A request that cannot be executed at all; becomes an HTTP error status with a GraphQL-shaped error body. */
public final class RequestRejected extends RuntimeException {

    private final int status;
    private final String code;

    public RequestRejected(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public static RequestRejected badRequest(String message) {
        return new RequestRejected(400, "BAD_REQUEST", message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
