package com.clientele.strategy;

import graphql.schema.DataFetchingEnvironment;
import java.util.concurrent.CompletableFuture;

/**
 * The strategy loader of a request, for every feature with a field holding a playbook key (e.g. {@code
 * LIFECYCLE:AT_RISK}): batched and cached per request ({@link StrategyDataFetchers} registers it).
 */
public final class StrategyLoaders {

    static final String BY_KEY = "strategyByKey";

    private StrategyLoaders() {
    }

    /** The strategy of this playbook key (the merchant's edited one, else the default), or null for an unknown key. */
    public static CompletableFuture<Strategy> byKey(DataFetchingEnvironment env, String key) {
        return env.<String, Strategy>getDataLoader(BY_KEY).load(key);
    }
}
