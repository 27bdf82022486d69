package com.clientele.crosssell;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderOptions;

/**
 * Per-request DataLoaders of cross-sell fields: all customers (or products) of a response that ask with the same
 * arguments are answered by one query.
 */
final class CrossSellLoaders {

    private CrossSellLoaders() {
    }

    static DataLoader<CrossSellKey, List<Recommendation>> recommendations(CrossSellService service) {
        return DataLoaderFactory.newMappedDataLoader((Set<CrossSellKey> keys) -> {
            Map<CrossSellRequest, List<String>> byRequest = keys.stream().collect(Collectors.groupingBy(
                    CrossSellKey::request, Collectors.mapping(CrossSellKey::customerId, Collectors.toList())));
            Map<CrossSellKey, List<Recommendation>> result = new HashMap<>();
            byRequest.forEach((request, ids) -> service.recommend(ids, request)
                    .forEach((id, recommendations) -> result.put(new CrossSellKey(id, request), recommendations)));
            return CompletableFuture.completedFuture(result);
        }, options());
    }

    static DataLoader<BoughtTogetherKey, List<CoPurchase>> boughtTogether(CrossSellService service) {
        return DataLoaderFactory.newMappedDataLoader((Set<BoughtTogetherKey> keys) -> {
            Map<BoughtTogetherKey, List<String>> byArguments = keys.stream().collect(Collectors.groupingBy(
                    key -> new BoughtTogetherKey("", key.first(), key.minBaskets(), key.minSupport()),
                    Collectors.mapping(BoughtTogetherKey::productId, Collectors.toList())));
            Map<BoughtTogetherKey, List<CoPurchase>> result = new HashMap<>();
            byArguments.forEach((shape, ids) -> service.boughtTogether(ids, shape.first(), shape.minBaskets(),
                    shape.minSupport()).forEach((id, links) -> result.put(new BoughtTogetherKey(id, shape.first(),
                    shape.minBaskets(), shape.minSupport()), links)));
            return CompletableFuture.completedFuture(result);
        }, options());
    }

    private static DataLoaderOptions options() {
        return DataLoaderOptions.newOptions().setMaxBatchSize(CrossSellService.MAX_BATCH).build();
    }
}
