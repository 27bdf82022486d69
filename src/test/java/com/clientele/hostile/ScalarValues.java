package com.clientele.hostile;

import com.clientele.graphql.PageRequest;
import com.clientele.hostile.GraphQLValues.RawLiteral;
import java.util.List;
import java.util.Random;

/** Values of the schema's scalars: ordinary ones chosen by argument name, and the edges of each scalar. */
final class ScalarValues {

    private static final List<Object> INT_EDGES = List.of(2_147_483_647, -2_147_483_648, -1, 0, 2_147_483_646,
            new RawLiteral("2147483648"), new RawLiteral("-2147483649"), new RawLiteral("99999999999999999999"));
    private static final List<Object> FLOAT_EDGES = List.of(1.7976931348623157e308, -1.7976931348623157e308,
            4.9e-324, -0.0, 0.0, new RawLiteral("1e309"), new RawLiteral("-1e309"), 2_147_483_647);
    private static final List<Object> DATE_EDGES = List.of("0000-01-01", "9999-12-31", "1700-01-01", "3000-01-01",
            "2025-02-29", "+10000-01-01", "-0001-01-01", "2025-1-1", "", "today");
    private static final List<Object> DATE_TIME_EDGES = List.of("9999-12-31T23:59:59Z", "0000-01-01T00:00:00Z",
            "2025-06-01T00:00:00+18:00", "2025-06-01T24:00:00Z", "2025-06-01T00:00:00", "2025-06-01",
            "2025-06-01T00:00:00.123456789123Z", "3000-01-01T00:00:00Z");
    private static final List<String> TEXT = List.of("Shanghai", "上海", "广东", "Guangdong", "China", "Li", "王",
            "nurse", "a", "electronics");

    private final KnownIds ids;
    private final List<String> classNames;

    ScalarValues(KnownIds ids, List<String> classNames) {
        this.ids = ids;
        this.classNames = classNames;
    }

    Object right(String argument, String scalar, Random random) {
        return switch (scalar) {
            case "Int" -> rightInt(argument, random);
            case "Float", "Money" -> argument.toLowerCase(java.util.Locale.ROOT).contains("support")
                    || argument.equals("discount") ? random.nextInt(50) / 100.0 : random.nextInt(500_000) / 100.0;
            case "Boolean" -> random.nextBoolean();
            case "ID" -> random.nextInt(5) == 0 ? HostileStrings.any(random) : ids.any(random);
            case "Date" -> String.format("%d-%02d-%02d", 2024 + random.nextInt(2), 1 + random.nextInt(12),
                    1 + random.nextInt(28));
            case "DateTime" -> String.format("2025-%02d-01T00:00:00Z", 1 + random.nextInt(12));
            default -> rightString(argument, random);
        };
    }

    private static Object rightInt(String argument, Random random) {
        return switch (argument) {
            case "first" -> random.nextInt(10) == 0 ? random.nextInt(101) : random.nextInt(6);
            case "maxDepth" -> random.nextInt(5);
            case "minBaskets" -> 1 + random.nextInt(3);
            default -> random.nextInt(12);
        };
    }

    private Object rightString(String argument, Random random) {
        if (argument.equals("after")) {
            return PageRequest.cursorAt(random.nextInt(4));
        }
        if (argument.toLowerCase(java.util.Locale.ROOT).contains("class") && !classNames.isEmpty()) {
            return classNames.get(random.nextInt(classNames.size()));
        }
        return random.nextInt(4) == 0 ? HostileStrings.any(random) : TEXT.get(random.nextInt(TEXT.size()));
    }

    Object edge(String scalar, Random random) {
        List<Object> edges = switch (scalar) {
            case "Int" -> INT_EDGES;
            case "Float", "Money" -> FLOAT_EDGES;
            case "Date" -> DATE_EDGES;
            case "DateTime" -> DATE_TIME_EDGES;
            case "Boolean" -> List.of(true, false);
            default -> List.of(HostileStrings.any(random), "", "x".repeat(20_000));
        };
        return edges.get(random.nextInt(edges.size()));
    }
}
