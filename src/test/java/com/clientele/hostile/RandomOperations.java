package com.clientele.hostile;

import com.clientele.hostile.SchemaModel.Member;
import com.clientele.hostile.SchemaModel.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Random queries built from the introspected schema: a random root field of Query, random sub-selections up to
 * four levels deep, every non-null argument and some others, each with a right, edge or wrong value, written as a
 * literal or passed as a variable; now and then an unknown argument or field. Queries only: a random mutation with
 * a right value could be valid and write.
 */
final class RandomOperations implements RequestSource {

    private final SchemaModel schema;
    private final RandomValues values;
    private final StormKeys keys;

    RandomOperations(SchemaModel schema, KnownIds ids, StormKeys keys) {
        this.schema = schema;
        this.values = new RandomValues(schema, ids);
        this.keys = keys;
    }

    @Override
    public Family family() {
        return Family.SCHEMA_RANDOM;
    }

    @Override
    public HostileRequest next(Random random) {
        Map<String, Object> variables = new LinkedHashMap<>();
        List<String> definitions = new ArrayList<>();
        List<Member> roots = schema.queryType().fields();
        Member root = roots.get(random.nextInt(roots.size()));
        String selection = field(root, random, 1 + random.nextInt(4), variables, definitions);
        String declared = definitions.isEmpty() ? "" : definitions.stream().collect(Collectors.joining(", ", "(", ")"));
        String query = "query Storm" + declared + " { " + selection + " }";
        return HostileRequest.graphql(family(), HostileRequest.abbreviated(query, 300), keys.anyValid(random), query,
                variables, Expectation.none());
    }

    private String field(Member field, Random random, int depthLeft, Map<String, Object> variables,
            List<String> definitions) {
        StringBuilder text = new StringBuilder(field.name()).append(arguments(field, random, variables, definitions));
        Type type = schema.type(field.type());
        if (type.fields() == null || type.fields().isEmpty()) {
            return text.toString();
        }
        return text.append(" { ").append(selection(type, random, depthLeft - 1, variables, definitions))
                .append(" }").toString();
    }

    private String selection(Type type, Random random, int depthLeft, Map<String, Object> variables,
            List<String> definitions) {
        List<Member> candidates = new ArrayList<>(type.fields());
        if (depthLeft <= 0) {
            candidates.removeIf(member -> !schema.type(member.type()).fields().isEmpty());
        }
        Collections.shuffle(candidates, random);
        List<String> chosen = new ArrayList<>();
        candidates.stream().limit(1 + random.nextInt(3))
                .forEach(member -> chosen.add(field(member, random, depthLeft, variables, definitions)));
        if (random.nextInt(40) == 0) {
            chosen.add("notAFieldOfThisType");
        }
        return chosen.isEmpty() ? "__typename" : String.join(" ", chosen);
    }

    private String arguments(Member field, Random random, Map<String, Object> variables, List<String> definitions) {
        List<String> written = new ArrayList<>();
        for (Member argument : field.args()) {
            if (!argument.type().nonNull() && random.nextInt(10) >= 4) {
                continue;
            }
            Object value = values.value(argument.name(), argument.type(), RandomValues.mode(random), random, 0);
            if (random.nextInt(3) == 0) {
                String name = "v" + definitions.size();
                definitions.add("$" + name + ": " + argument.type().sdl());
                variables.put(name, GraphQLValues.json(value));
                written.add(argument.name() + ": $" + name);
            } else {
                written.add(argument.name() + ": " + GraphQLValues.literal(value));
            }
        }
        if (random.nextInt(40) == 0) {
            written.add("notAnArgument: 1");
        }
        return written.isEmpty() ? "" : written.stream().collect(Collectors.joining(", ", "(", ")"));
    }
}
