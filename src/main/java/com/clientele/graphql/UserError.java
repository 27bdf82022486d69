package com.clientele.graphql;

import java.util.ArrayList;
import java.util.List;

/**
 * A refused part of a mutation's input, the one shape of every mutation's {@code userErrors} (GraphQL interface
 * {@code UserError}): the path to the input field at fault (e.g. {@code ["input", "lines", "2", "quantity"]}), what is
 * wrong in plain words, and a stable code from the feature's own enum, which also names the GraphQL type
 * ({@code SegmentErrorCode} → {@code SegmentUserError}).
 */
public record UserError(List<String> field, String message, UserErrorCode code) {

    public UserError {
        field = List.copyOf(field);
    }

    /** An error at {@code path} followed by {@code name}. */
    public static UserError at(List<String> path, String name, String message, UserErrorCode code) {
        List<String> field = new ArrayList<>(path);
        field.add(name);
        return new UserError(field, message, code);
    }

    /** An error at the input field {@code ["input", name]}. */
    public static UserError atInput(String name, String message, UserErrorCode code) {
        return new UserError(List.of("input", name), message, code);
    }
}
