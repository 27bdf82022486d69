package com.clientele.graphql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import org.dataloader.MappedBatchLoader;

/**
 * Batches requests for pages of children of many parents (orders of customers, referrals of referrers) into one
 * query per distinct page shape, whatever the number of parents: the repository gets all parent ids at once.
 */
public final class PagedChildrenLoader<T> implements MappedBatchLoader<ChildPageKey, Page<T>> {

    /** Loads the given page of children of each parent, in one query. */
    @FunctionalInterface
    public interface PagesByParent<T> {
        Map<String, Page<T>> load(List<String> parentIds, PageRequest page);
    }

    private final PagesByParent<T> source;

    public PagedChildrenLoader(PagesByParent<T> source) {
        this.source = source;
    }

    @Override
    public CompletionStage<Map<ChildPageKey, Page<T>>> load(Set<ChildPageKey> keys) {
        Map<PageRequest, List<String>> parentsByPage = keys.stream().collect(Collectors.groupingBy(
                ChildPageKey::page, Collectors.mapping(ChildPageKey::parentId, Collectors.toList())));
        Map<ChildPageKey, Page<T>> result = new HashMap<>();
        parentsByPage.forEach((page, parents) -> {
            Map<String, Page<T>> pages = source.load(parents, page);
            parents.forEach(id -> result.put(new ChildPageKey(id, page), pages.getOrDefault(id, Page.empty())));
        });
        return CompletableFuture.completedFuture(result);
    }
}
