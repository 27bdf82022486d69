package com.clientele.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The server's schema as introspection reports it: types with their fields, arguments, input fields and values. */
final class SchemaModel {

    static final String INTROSPECTION = "query StormIntrospection { __schema { queryType { name } types { kind name"
            + " fields { name args { name type { ...Ref } } type { ...Ref } } inputFields { name type { ...Ref } }"
            + " enumValues { name } } } } fragment Ref on __Type { kind name ofType { kind name ofType { kind name"
            + " ofType { kind name } } } }";

    /** A type reference: NON_NULL and LIST wrap another reference, everything else names a type. */
    record TypeRef(String kind, String name, TypeRef ofType) {

        static TypeRef from(JsonNode node) {
            return new TypeRef(node.path("kind").asText(), node.path("name").asText(null),
                    node.path("ofType").isObject() ? from(node.get("ofType")) : null);
        }

        boolean nonNull() {
            return kind.equals("NON_NULL");
        }

        boolean list() {
            return kind.equals("LIST");
        }

        TypeRef named() {
            return ofType == null ? this : ofType.named();
        }

        /** As written in a variable definition, e.g. {@code [ID!]!}. */
        String sdl() {
            if (nonNull()) {
                return ofType.sdl() + "!";
            }
            return list() ? "[" + ofType.sdl() + "]" : name;
        }
    }

    /** A field of an object type or an argument / input field (then {@code args} is empty). */
    record Member(String name, List<Member> args, TypeRef type) {
    }

    /** A named type. */
    record Type(String kind, String name, List<Member> fields, List<Member> inputFields, List<String> enumValues) {
    }

    private final String queryType;
    private final Map<String, Type> types;

    private SchemaModel(String queryType, Map<String, Type> types) {
        this.queryType = queryType;
        this.types = types;
    }

    static SchemaModel from(JsonNode introspection) {
        JsonNode schema = introspection.at("/data/__schema");
        Map<String, Type> types = new LinkedHashMap<>();
        for (JsonNode type : schema.path("types")) {
            List<String> values = new ArrayList<>();
            type.path("enumValues").forEach(value -> values.add(value.get("name").asText()));
            types.put(type.get("name").asText(), new Type(type.get("kind").asText(), type.get("name").asText(),
                    members(type.path("fields")), members(type.path("inputFields")), values));
        }
        if (types.isEmpty()) {
            throw new IllegalStateException("introspection answered no types: " + introspection);
        }
        return new SchemaModel(schema.at("/queryType/name").asText(), types);
    }

    private static List<Member> members(JsonNode array) {
        List<Member> members = new ArrayList<>();
        for (JsonNode member : array) {
            members.add(new Member(member.get("name").asText(), members(member.path("args")),
                    TypeRef.from(member.get("type"))));
        }
        return members;
    }

    Type queryType() {
        return types.get(queryType);
    }

    Type type(TypeRef reference) {
        return types.get(reference.named().name());
    }

    /** Every value of the named enums, e.g. the class names of the segment dimensions. */
    List<String> enumValuesOf(List<String> enumNames) {
        List<String> values = new ArrayList<>();
        enumNames.stream().map(types::get).filter(java.util.Objects::nonNull)
                .forEach(type -> values.addAll(type.enumValues()));
        return values;
    }
}
