package com.clientele.segment;

import java.util.ArrayList;
import java.util.List;

/** A refused part of a segment mutation's input: the path to the input field, what is wrong, and a code. */
public record SegmentUserError(List<String> field, String message, SegmentErrorCode code) {

    public SegmentUserError {
        field = List.copyOf(field);
    }

    /** An error at {@code path} followed by {@code name}. */
    public static SegmentUserError at(List<String> path, String name, String message, SegmentErrorCode code) {
        List<String> field = new ArrayList<>(path);
        field.add(name);
        return new SegmentUserError(field, message, code);
    }
}
