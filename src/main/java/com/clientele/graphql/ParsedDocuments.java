package com.clientele.graphql;

import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.schema.GraphQLSchema;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Parsed and validated documents by query text, so a query sent again (as shops and apps do on every page view) is
 * neither parsed nor validated again, and a request is parsed once although both the limits check and the execution
 * read its document. Validation depends on the document and the schema only, never on variables or the caller, so
 * one entry serves everybody. Bounded: long query texts are not kept, and a full cache starts again empty.
 */
public final class ParsedDocuments implements PreparsedDocumentProvider {

    static final int MAX_ENTRIES = 1_000;
    static final int MAX_KEPT_QUERY_LENGTH = 20_000;

    private final GraphQLSchema schema;
    private final Map<String, PreparsedDocumentEntry> entries = new ConcurrentHashMap<>();

    public ParsedDocuments(GraphQLSchema schema) {
        this.schema = schema;
    }

    /** The request's document, or the syntax and validation errors that keep it from running. */
    public PreparsedDocumentEntry parsed(ExecutionInput input) {
        String query = input.getQuery();
        if (query.length() > MAX_KEPT_QUERY_LENGTH) {
            return parseAndValidate(input);
        }
        PreparsedDocumentEntry known = entries.get(query);
        if (known != null) {
            return known;
        }
        PreparsedDocumentEntry entry = parseAndValidate(input);
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(query, entry);
        return entry;
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        return CompletableFuture.completedFuture(parsed(input));
    }

    int size() {
        return entries.size();
    }

    private PreparsedDocumentEntry parseAndValidate(ExecutionInput input) {
        ParseAndValidateResult result = ParseAndValidate.parseAndValidate(schema, input);
        return result.isFailure() ? new PreparsedDocumentEntry(result.getErrors())
                : new PreparsedDocumentEntry(result.getDocument());
    }
}
