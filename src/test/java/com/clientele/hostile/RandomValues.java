package com.clientele.hostile;

import com.clientele.hostile.GraphQLValues.EnumToken;
import com.clientele.hostile.GraphQLValues.RawLiteral;
import com.clientele.hostile.SchemaModel.Member;
import com.clientele.hostile.SchemaModel.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Argument values for a type of the introspected schema: RIGHT values of the type (small pages, real ids, real
 * class names), EDGE values of the type (Int and Float bounds, impossible dates, hostile text, long lists) and
 * WRONG values of another type (a string for an Int, null for a non-null type, an unknown input field).
 */
final class RandomValues {

    enum Mode { RIGHT, EDGE, WRONG }

    private final SchemaModel schema;
    private final KnownIds ids;
    private final ScalarValues scalars;

    RandomValues(SchemaModel schema, KnownIds ids) {
        this.schema = schema;
        this.ids = ids;
        this.scalars = new ScalarValues(ids, schema.enumValuesOf(List.of("ValueTier", "RfmSegment", "Lifecycle",
                "Behaviour", "Breadth", "ChannelClass", "ChurnRisk", "InfluenceClass")));
    }

    static Mode mode(Random random) {
        int pick = random.nextInt(100);
        return pick < 70 ? Mode.RIGHT : pick < 88 ? Mode.EDGE : Mode.WRONG;
    }

    Object value(String name, TypeRef type, Mode mode, Random random, int depth) {
        if (mode == Mode.WRONG && (depth > 0 || random.nextBoolean())) {
            return wrong(type, random);
        }
        Mode inner = mode == Mode.WRONG ? Mode.RIGHT : mode;
        if (type.nonNull()) {
            return value(name, type.ofType(), inner, random, depth);
        }
        if (type.list()) {
            int size = inner == Mode.EDGE && random.nextInt(4) == 0 ? 100 + random.nextInt(300) : random.nextInt(4);
            List<Object> elements = new ArrayList<>();
            for (int index = 0; index < size; index++) {
                elements.add(value(name, type.ofType(), inner == Mode.EDGE ? Mode.RIGHT : inner, random, depth + 1));
            }
            return elements;
        }
        SchemaModel.Type named = schema.type(type);
        return switch (named.kind()) {
            case "ENUM" -> new EnumToken(named.enumValues().get(random.nextInt(named.enumValues().size())));
            case "INPUT_OBJECT" -> input(named, inner, random, depth);
            default -> inner == Mode.EDGE ? scalars.edge(named.name(), random) : scalars.right(name, named.name(),
                    random);
        };
    }

    private Map<String, Object> input(SchemaModel.Type type, Mode mode, Random random, int depth) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Member field : type.inputFields()) {
            if (field.type().nonNull() || depth < 3 && random.nextInt(10) < 3) {
                Mode child = mode == Mode.EDGE && random.nextBoolean() ? Mode.EDGE : Mode.RIGHT;
                fields.put(field.name(), value(field.name(), field.type(), child, random, depth + 1));
            }
        }
        return fields;
    }

    private Object wrong(TypeRef type, Random random) {
        if (type.nonNull() && random.nextInt(3) == 0) {
            return null;
        }
        SchemaModel.Type named = schema.type(type);
        return switch (named.kind()) {
            case "ENUM" -> random.nextBoolean() ? named.enumValues().get(0) : new EnumToken("NOT_A_VALUE");
            case "INPUT_OBJECT" -> random.nextBoolean() ? Map.of("notAField", 1) : "an object expected";
            default -> List.of("12", 1.5, true, Map.of("a", 1), List.of(List.of(1)), new EnumToken("SOME_TOKEN"),
                    new RawLiteral("$undefinedVariable"), ids.any(random)).get(random.nextInt(8));
        };
    }
}
