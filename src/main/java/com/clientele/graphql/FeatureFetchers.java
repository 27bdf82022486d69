package com.clientele.graphql;

import org.dataloader.DataLoaderRegistry;

/**
 * A feature's GraphQL surface: the rows of the API it answers (fields, backing records, roles of its root fields,
 * its user-error type) and the DataLoaders it serves into every request's new registry.
 */
public interface FeatureFetchers {

    /** Adds this feature's rows to the API. */
    void contribute(ApiSurface surface);

    void registerLoaders(DataLoaderRegistry registry);
}
