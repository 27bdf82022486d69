package com.clientele.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clientele.app.ClienteleGraphQL;
import com.clientele.app.Features;
import com.clientele.neo4j.CypherCatalog;
import com.clientele.neo4j.Graph;
import graphql.language.OperationDefinition.Operation;
import graphql.schema.GraphQLFieldDefinition;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldRolesTest {

    private final List<String> mutations = ClienteleGraphQL.create(Features.over(
            new Graph(null, CypherCatalog.fromClasspath(), "neo4j", Duration.ofSeconds(1)), Clock.systemUTC(), 100))
            .schema().getMutationType().getFieldDefinitions().stream().map(GraphQLFieldDefinition::getName).toList();

    @Test
    void everyMutationOfTheSchemaIsClassifiedInTheRoleTable() {
        assertEquals(List.of(), mutations.stream().filter(name -> !FieldRoles.MUTATIONS.containsKey(name)).toList());
    }

    @Test
    void anUnlistedMutationNeedsAdminAndAnUnlistedQueryNeedsReader() {
        assertEquals(Role.ADMIN, FieldRoles.required(Operation.MUTATION, "someFutureMutation"));
        assertEquals(Role.READER, FieldRoles.required(Operation.QUERY, "customers"));
        assertEquals(Role.INTEGRATOR, FieldRoles.required(Operation.MUTATION, "recordOrder"));
    }

    @Test
    void rolesIncludeTheRolesBelowThemOnly() {
        assertEquals(List.of(true, true, false), List.of(Role.ADMIN.includes(Role.INTEGRATOR),
                Role.INTEGRATOR.includes(Role.READER), Role.READER.includes(Role.INTEGRATOR)));
    }
}
