package com.clientele.graphql;

import com.clientele.resources.ClasspathFolder;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SDL of the API: every {@code schema/*.graphqls} file on the classpath, merged into one registry. A
 * description may name a configured value as {@code {{name}}} (see {@code RuleTexts}); it is filled in when the
 * schema is built, so descriptions state the server's own thresholds. An unknown name stops the start-up.
 */
public final class SchemaFiles {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^{}]+)}}");

    private SchemaFiles() {
    }

    /** The schema with its placeholders filled from {@code values}. */
    public static TypeDefinitionRegistry load(Map<String, String> values) {
        SchemaParser parser = new SchemaParser();
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        ClasspathFolder.readAll("schema", ".graphqls").forEach((file, sdl) ->
                registry.merge(parser.parse(filled(file, sdl, values))));
        return registry;
    }

    static String filled(String file, String sdl, Map<String, String> values) {
        Matcher placeholder = PLACEHOLDER.matcher(sdl);
        StringBuilder text = new StringBuilder();
        while (placeholder.find()) {
            String name = placeholder.group(1).trim();
            String value = values.get(name);
            if (value == null) {
                throw new IllegalStateException(file + " names {{" + name + "}}, which is not a configured value; known: "
                        + values.keySet());
            }
            placeholder.appendReplacement(text, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(text);
        return text.toString();
    }
}
