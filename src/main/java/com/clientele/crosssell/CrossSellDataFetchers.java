package com.clientele.crosssell;

import com.clientele.auth.Role;
import com.clientele.catalog.CatalogLoaders;
import com.clientele.catalog.Category;
import com.clientele.catalog.Product;
import com.clientele.customer.Customer;
import com.clientele.customer.CustomerLoaders;
import com.clientele.graphql.ApiSurface;
import com.clientele.graphql.FeatureFetchers;
import com.clientele.graphql.RequestLanguage;
import com.clientele.place.PlaceTable;
import com.clientele.strategy.Strategy;
import com.clientele.strategy.StrategyLoaders;
import com.clientele.vocabulary.DisplayName;
import com.clientele.vocabulary.Language;
import com.clientele.vocabulary.SegmentDimension;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoaderRegistry;

/** Fetchers of the cross-sell fields: one method per field of schema/crosssell.graphqls. */
public final class CrossSellDataFetchers implements FeatureFetchers {

    public static final String RECOMMENDATIONS = "crossSellRecommendations";
    public static final String BOUGHT_TOGETHER = "boughtTogether";

    private final CrossSellService service;
    private final GroupNames groups;

    public CrossSellDataFetchers(CrossSellService service, PlaceTable places) {
        this.service = service;
        this.groups = new GroupNames(places);
    }

    @Override
    public void contribute(ApiSurface surface) {
        surface.query("crossSellBatch", Role.INTEGRATOR, this::crossSellBatch)
                .field("Customer", "crossSell", this::crossSell)
                .field("Product", "boughtTogether", this::boughtTogether)
                .field("CrossSellRecommendation", "product", this::recommendedProduct)
                .field("CrossSellRecommendation", "category", this::category)
                .field("CrossSellRecommendation", "reason", this::reason)
                .field("CrossSellRecommendation", "becauseOf", this::becauseOf)
                .field("CustomerCrossSell", "customer", this::customer)
                .field("BoughtTogether", "product", this::partner)
                .backedBy("CrossSellRecommendation", Recommendation.class)
                .backedBy("CustomerCrossSell", CustomerCrossSell.class)
                .backedBy("BoughtTogether", CoPurchase.class);
    }

    @Override
    public void registerLoaders(DataLoaderRegistry registry) {
        registry.register(RECOMMENDATIONS, CrossSellLoaders.recommendations(service));
        registry.register(BOUGHT_TOGETHER, CrossSellLoaders.boughtTogether(service));
    }

    /** Customer.crossSell */
    public CompletableFuture<List<Recommendation>> crossSell(DataFetchingEnvironment env) {
        Customer customer = env.getSource();
        return env.<CrossSellKey, List<Recommendation>>getDataLoader(RECOMMENDATIONS)
                .load(new CrossSellKey(customer.id(), request(env)))
                .thenApply(list -> list == null ? List.of() : list);
    }

    /** Query.crossSellBatch */
    public List<CustomerCrossSell> crossSellBatch(DataFetchingEnvironment env) {
        List<String> ids = env.getArgument("customerIds");
        Map<String, List<Recommendation>> found = service.recommend(ids, request(env));
        return ids.stream().map(id -> new CustomerCrossSell(id, found.getOrDefault(id, List.of()))).toList();
    }

    /** Product.boughtTogether */
    public CompletableFuture<List<CoPurchase>> boughtTogether(DataFetchingEnvironment env) {
        Product product = env.getSource();
        Number minSupport = env.getArgument("minSupport");
        BoughtTogetherKey key = new BoughtTogetherKey(product.id(), env.getArgument("first"),
                env.getArgument("minBaskets"), minSupport.doubleValue());
        return env.<BoughtTogetherKey, List<CoPurchase>>getDataLoader(BOUGHT_TOGETHER).load(key)
                .thenApply(list -> list == null ? List.of() : list);
    }

    /** CrossSellRecommendation.product */
    public CompletableFuture<Product> recommendedProduct(DataFetchingEnvironment env) {
        Recommendation recommendation = env.getSource();
        return product(env, recommendation.productId());
    }

    /** CrossSellRecommendation.category */
    public CompletableFuture<Category> category(DataFetchingEnvironment env) {
        Recommendation recommendation = env.getSource();
        if (recommendation.categoryId() == null) {
            return CompletableFuture.completedFuture(null);
        }
        return service.knownCategory(recommendation.categoryId()).map(CompletableFuture::completedFuture)
                .orElseGet(() -> CatalogLoaders.category(env, recommendation.categoryId()));
    }

    /**
     * CrossSellRecommendation.reason: in the field's language, else the request's; the group named by its display
     * names (a segment's from the stored strategies, batched with every other strategy read of the request).
     */
    public CompletableFuture<String> reason(DataFetchingEnvironment env) {
        Recommendation recommendation = env.getSource();
        Language language = RequestLanguage.of(env);
        return groupName(env, recommendation).thenApply(group -> recommendation.reason(language, group));
    }

    private CompletableFuture<DisplayName> groupName(DataFetchingEnvironment env, Recommendation recommendation) {
        String group = recommendation.group();
        return switch (recommendation.reasonKind()) {
            case CATEGORY_GAP -> category(env).thenApply(category -> GroupNames.ofCategory(category, group));
            case POPULAR_IN_REGION -> CompletableFuture.completedFuture(groups.ofRegion(group));
            case POPULAR_IN_SEGMENT -> StrategyLoaders.byKey(env, SegmentDimension.LIFECYCLE.key(group))
                    .thenApply(strategy -> GroupNames.ofSegment(strategy, group));
            default -> CompletableFuture.completedFuture(null);
        };
    }

    /** CrossSellRecommendation.becauseOf */
    public CompletableFuture<List<Product>> becauseOf(DataFetchingEnvironment env) {
        Recommendation recommendation = env.getSource();
        List<CompletableFuture<Product>> products = recommendation.becauseOf().stream()
                .map(productFacts -> product(env, productFacts.id())).toList();
        return CompletableFuture.allOf(products.toArray(CompletableFuture[]::new))
                .thenApply(done -> products.stream().map(CompletableFuture::join).toList());
    }

    /** BoughtTogether.product */
    public CompletableFuture<Product> partner(DataFetchingEnvironment env) {
        CoPurchase link = env.getSource();
        return CatalogLoaders.product(env, link.partnerId());
    }

    /** CustomerCrossSell.customer */
    public CompletableFuture<Customer> customer(DataFetchingEnvironment env) {
        CustomerCrossSell entry = env.getSource();
        return CustomerLoaders.byId(env, entry.customerId());
    }

    /** A recommended product as the recommendation's model read it, or from the catalogue when it has gone since. */
    private CompletableFuture<Product> product(DataFetchingEnvironment env, String productId) {
        return service.knownProduct(productId).map(CompletableFuture::completedFuture)
                .orElseGet(() -> CatalogLoaders.product(env, productId));
    }

    private static CrossSellRequest request(DataFetchingEnvironment env) {
        return CrossSellRequest.fromArguments(env.getArgument("first"), env.getArgument("strategy"),
                env.getArgument("filter"));
    }
}
