package com.clientele.graphql;

/** A failure caused by what the client asked for; its message is safe to show to the client. */
public class ClientException extends RuntimeException {

    private final ErrorCode code;

    public ClientException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public static ClientException badInput(String message) {
        return new ClientException(ErrorCode.BAD_USER_INPUT, message);
    }

    public ErrorCode code() {
        return code;
    }
}
