package com.clientele.graphql;

import graphql.schema.DataFetchingEnvironment;

/**
 * Lets a child field start while its parent is looked up, when the parent's selection asks for the child: the
 * look-ahead primes the request's DataLoaders (the parent's, the child's or both) with what it read, and the fetchers
 * later load the same keys and get those answers (the loaders cache per request). Cross-sell uses it so that
 * {@code customer(id) { crossSell }} needs one query instead of the lookup and then the history. A look-ahead never
 * fails a request on its own: arguments it cannot read are left for the child's fetcher to reject.
 */
@FunctionalInterface
public interface LookAhead {

    /** Nothing to start. */
    LookAhead NONE = (parent, parentId) -> {
    };

    /** {@code parent} is the environment of the field that returns the object with id {@code parentId}. */
    void start(DataFetchingEnvironment parent, String parentId);
}
