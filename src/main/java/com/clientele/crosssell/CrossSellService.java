package com.clientele.crosssell;

import com.clientele.catalog.Category;
import com.clientele.catalog.Product;
import com.clientele.graphql.ClientException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cross-sell for the API and the export: reads the customers' evidence in one query per call, resolves excluded
 * categories to their subtrees, and scores each customer with the shared {@link CrossSellScorer}.
 * Unknown customers get no entry.
 */
public final class CrossSellService {

    /** The most customer ids one batch call accepts. */
    public static final int MAX_BATCH = 1_000;

    private final CrossSellRepository repository;
    private final CrossSellScorer scorer;
    private final Clock clock;

    public CrossSellService(CrossSellRepository repository, CrossSellScorer scorer, Clock clock) {
        this.repository = repository;
        this.scorer = scorer;
        this.clock = clock;
    }

    /** Recommendations for up to {@link #MAX_BATCH} customers, by customer id, in the order asked. */
    public Map<String, List<Recommendation>> recommend(List<String> customerIds, CrossSellRequest request) {
        if (customerIds.size() > MAX_BATCH) {
            throw ClientException.badInput("at most " + MAX_BATCH + " customer ids per batch, got "
                    + customerIds.size());
        }
        Map<String, List<Recommendation>> result = new LinkedHashMap<>();
        if (customerIds.isEmpty()) {
            return result;
        }
        CrossSellQuery query = queryFor(request);
        Map<String, CustomerEvidence> evidence = repository.evidence(customerIds.stream().distinct().toList());
        for (String id : customerIds) {
            if (evidence.containsKey(id)) {
                result.put(id, scorer.recommend(evidence.get(id), query));
            }
        }
        return result;
    }

    /**
     * One customer's profile and recommendations for each request, from one query (the customer's own lookup and
     * history together); empty when there is no such customer.
     */
    Optional<ProfiledRecommendations> recommendWithProfile(String customerId, List<CrossSellRequest> requests) {
        Map<CrossSellRequest, CrossSellQuery> queries = new LinkedHashMap<>();
        requests.forEach(request -> queries.put(request, queryFor(request)));
        return repository.profiledEvidence(customerId).map(found -> {
            Map<CrossSellRequest, List<Recommendation>> byRequest = new LinkedHashMap<>();
            queries.forEach((request, query) -> byRequest.put(request, scorer.recommend(found.evidence(), query)));
            return new ProfiledRecommendations(found.customer(), byRequest);
        });
    }

    private CrossSellQuery queryFor(CrossSellRequest request) {
        return new CrossSellQuery(request.first(), request.strategy(),
                repository.withSubcategories(request.excludeCategoryIds()), request.excludeProductIds(),
                request.minPrice(), request.maxPrice(), request.repurchaseAfterDays(),
                LocalDate.now(clock).toEpochDay());
    }

    /** The product as the last recommendations saw it (read with them), so they need no second read. */
    public Optional<Product> knownProduct(String productId) {
        return repository.knownProduct(productId);
    }

    /** The category as the last recommendations saw it. */
    public Optional<Category> knownCategory(String categoryId) {
        return repository.knownCategory(categoryId);
    }

    /** A product's partners with at least {@code minBaskets} shared orders and {@code minSupport}. */
    public Map<String, List<CoPurchase>> boughtTogether(List<String> productIds, int first, int minBaskets,
            double minSupport) {
        if (first < 0 || first > CrossSellRequest.MAX_FIRST) {
            throw ClientException.badInput("first must be between 0 and " + CrossSellRequest.MAX_FIRST);
        }
        if (minBaskets < 1 || minSupport < 0 || minSupport > 1) {
            throw ClientException.badInput("minBaskets must be at least 1 and minSupport between 0 and 1");
        }
        return repository.boughtTogether(productIds, first, minBaskets, minSupport);
    }
}
