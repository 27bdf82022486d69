package com.clientele.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clientele.app.ClienteleGraphQL;
import com.clientele.support.AppSurface;
import graphql.language.OperationDefinition.Operation;
import graphql.schema.GraphQLFieldDefinition;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldRolesTest {

    private final FieldRoles roles = AppSurface.get().roles();
    private final List<String> mutations = ClienteleGraphQL.create(AppSurface.features()).schema().getMutationType().getFieldDefinitions().stream().map(GraphQLFieldDefinition::getName).toList();

    @Test
    void everyMutationOfTheSchemaIsClassifiedInTheRoleTable() {
        assertEquals(List.of(), mutations.stream().filter(name -> !roles.classifies(name)).toList());
    }

    @Test
    void anUnlistedMutationNeedsAdminAndAnUnlistedQueryNeedsReader() {
        assertEquals(Role.ADMIN, roles.required(Operation.MUTATION, "someFutureMutation"));
        assertEquals(Role.READER, roles.required(Operation.QUERY, "customers"));
        assertEquals(Role.INTEGRATOR, roles.required(Operation.MUTATION, "recordOrder"));
    }

    @Test
    void rolesIncludeTheRolesBelowThemOnly() {
        assertEquals(List.of(true, true, false), List.of(Role.ADMIN.includes(Role.INTEGRATOR),
                Role.INTEGRATOR.includes(Role.READER), Role.READER.includes(Role.INTEGRATOR)));
    }
}
