package com.clientele.graphql;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the graphql-java AST text some of its messages quote ({@code EnumValue{name='X'}},
 * {@code StringValue{value='x'}}, {@code ObjectValue{objectFields=[...]}}...) as the GraphQL the client wrote
 * ({@code X}, {@code "x"}, {@code {a: 1}}). Text that does not read as AST is left as it is.
 */
final class AstText {

    private static final Pattern START = Pattern.compile(
            "(EnumValue|StringValue|IntValue|FloatValue|BooleanValue|NullValue|VariableReference|ArrayValue"
                    + "|ObjectValue)\\{");

    private AstText() {
    }

    static String humane(String message) {
        if (message == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        Matcher matcher = START.matcher(message);
        int index = 0;
        while (matcher.find(index)) {
            out.append(message, index, matcher.start());
            AstValueReader reader = new AstValueReader(message, matcher.start());
            try {
                out.append(reader.value());
                index = reader.position();
            } catch (IllegalArgumentException notAst) {
                out.append(message, matcher.start(), matcher.end());
                index = matcher.end();
            }
        }
        return out.append(message.substring(index)).toString();
    }
}
