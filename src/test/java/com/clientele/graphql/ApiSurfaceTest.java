package com.clientele.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.clientele.auth.Role;
import graphql.language.OperationDefinition.Operation;
import java.util.List;
import java.util.function.Consumer;
import org.dataloader.DataLoaderRegistry;
import org.junit.jupiter.api.Test;

class ApiSurfaceTest {

    private record Row(String name) {
    }

    private static FeatureFetchers feature(Consumer<ApiSurface> rows) {
        return new FeatureFetchers() {
            @Override
            public void contribute(ApiSurface surface) {
                rows.accept(surface);
            }

            @Override
            public void registerLoaders(DataLoaderRegistry registry) {
            }
        };
    }

    @Test
    void aFieldDeclaredByTwoFeaturesFailsAtStartUpNamingTheField() {
        FeatureFetchers first = feature(surface -> surface.field("Customer", "clv", env -> null));
        FeatureFetchers second = feature(surface -> surface.field("Customer", "clv", env -> null));
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> ApiSurface.of(List.of(first, second)));
        assertEquals("Customer.clv is wired twice", failure.getMessage());
    }

    @Test
    void theRolesAreTheOnesTheFeaturesDeclaredWithTheirRootFieldsAndDenyByDefault() {
        ApiSurface surface = ApiSurface.of(List.of(feature(rows -> rows
                .mutation("recordOrder", Role.INTEGRATOR, env -> null)
                .query("apiKeys", Role.ADMIN, env -> null)
                .query("customers", env -> null))));
        assertEquals(List.of(Role.INTEGRATOR, Role.ADMIN, Role.ADMIN, Role.READER, Role.READER),
                List.of(surface.roles().required(Operation.MUTATION, "recordOrder"),
                        surface.roles().required(Operation.MUTATION, "someFutureMutation"),
                        surface.roles().required(Operation.QUERY, "apiKeys"),
                        surface.roles().required(Operation.QUERY, "customers"),
                        surface.roles().required(Operation.QUERY, "someFutureQuery")));
    }

    @Test
    void aTypeBackedByTwoDifferentRecordsFailsAtStartUp() {
        FeatureFetchers first = feature(surface -> surface.backedBy("Row", Row.class));
        FeatureFetchers second = feature(surface -> surface.backedBy("Row", String.class));
        assertThrows(IllegalStateException.class, () -> ApiSurface.of(List.of(first, second)));
    }
}
