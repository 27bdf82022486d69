package com.clientele.graphql;

import org.dataloader.DataLoaderRegistry;

/** A feature's data fetchers; each registers the DataLoaders it serves into every request's new registry. */
public interface FeatureFetchers {

    void registerLoaders(DataLoaderRegistry registry);
}
