package com.clientele.graphql;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderOptions;

/** Factories for the per-request DataLoaders the feature fetchers register. */
public final class Loaders {

    /** Large enough for any page, small enough that one UNWIND stays cheap. */
    private static final int MAX_BATCH = 1_000;

    private Loaders() {
    }

    /** A loader that fetches values by id in one query per batch; ids without a value load as null. */
    public static <V> DataLoader<String, V> byId(Function<List<String>, Map<String, V>> source) {
        return DataLoaderFactory.newMappedDataLoader(
                (Set<String> ids) -> CompletableFuture.completedFuture(source.apply(List.copyOf(ids))), options());
    }

    /** A loader that fetches a page of children for many parents in one query per batch. */
    public static <T> DataLoader<ChildPageKey, Page<T>> pagesByParent(PagedChildrenLoader.PagesByParent<T> source) {
        return DataLoaderFactory.newMappedDataLoader(new PagedChildrenLoader<>(source), options());
    }

    private static DataLoaderOptions options() {
        return DataLoaderOptions.newOptions().setMaxBatchSize(MAX_BATCH).build();
    }
}
