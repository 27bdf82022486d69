package com.clientele.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads one graphql-java AST value's {@code toString()} text from a position and prints it as GraphQL; throws
 * {@link IllegalArgumentException} where the text is not in that form.
 */
final class AstValueReader {

    private final String text;
    private int position;

    AstValueReader(String text, int position) {
        this.text = text;
        this.position = position;
    }

    int position() {
        return position;
    }

    String value() {
        if (take("EnumValue{name='")) {
            return until("'}");
        }
        if (take("StringValue{value='")) {
            return "\"" + until("'}").replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        if (take("IntValue{value=") || take("FloatValue{value=") || take("BooleanValue{value=")) {
            return until("}");
        }
        if (take("NullValue{}")) {
            return "null";
        }
        if (take("VariableReference{name='")) {
            return "$" + until("'}");
        }
        if (take("ArrayValue{values=[")) {
            return "[" + list(this::value) + "]";
        }
        if (take("ObjectValue{objectFields=[")) {
            return "{" + list(this::field) + "}";
        }
        throw new IllegalArgumentException("not an AST value at " + position);
    }

    private String field() {
        expect("ObjectField{name='");
        String name = until("', value=");
        String value = value();
        expect("}");
        return name + ": " + value;
    }

    private String list(Supplier<String> element) {
        if (take("]}")) {
            return "";
        }
        List<String> elements = new ArrayList<>();
        do {
            elements.add(element.get());
        } while (take(", "));
        expect("]}");
        return String.join(", ", elements);
    }

    private boolean take(String expected) {
        if (!text.startsWith(expected, position)) {
            return false;
        }
        position += expected.length();
        return true;
    }

    private void expect(String expected) {
        if (!take(expected)) {
            throw new IllegalArgumentException("expected " + expected + " at " + position);
        }
    }

    private String until(String end) {
        int found = text.indexOf(end, position);
        if (found < 0) {
            throw new IllegalArgumentException("no " + end + " after " + position);
        }
        String read = text.substring(position, found);
        position = found + end.length();
        return read;
    }
}
