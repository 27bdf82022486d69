package com.clientele.clv;

import java.util.List;

/** A refused part of a CLV mutation's input: the path to the input field and what is wrong with it. */
public record ClvUserError(List<String> field, String message) {

    public ClvUserError {
        field = List.copyOf(field);
    }
}
