package com.clientele.graphql;

import com.clientele.ClasspathFolder;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;

/** The SDL of the API: every {@code schema/*.graphqls} file on the classpath, merged into one registry. */
public final class SchemaFiles {

    private SchemaFiles() {
    }

    public static TypeDefinitionRegistry load() {
        SchemaParser parser = new SchemaParser();
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        ClasspathFolder.readAll("schema", ".graphqls").values().forEach(sdl -> registry.merge(parser.parse(sdl)));
        return registry;
    }
}
