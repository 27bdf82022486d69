package com.clientele.crosssell;

import com.clientele.catalog.CatalogDataFetchers;
import com.clientele.catalog.Category;
import com.clientele.catalog.Product;
import com.clientele.customer.Customer;
import com.clientele.customer.CustomerDataFetchers;
import com.clientele.graphql.FeatureFetchers;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.dataloader.DataLoaderRegistry;

/** Fetchers of the cross-sell fields: one method per field of schema/crosssell.graphqls. */
public final class CrossSellDataFetchers implements FeatureFetchers {

    public static final String RECOMMENDATIONS = "crossSellRecommendations";
    public static final String BOUGHT_TOGETHER = "boughtTogether";

    private final CrossSellService service;

    public CrossSellDataFetchers(CrossSellService service) {
        this.service = service;
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
                .thenApply(r -> r == null ? List.of() : r);
    }

    /**
     * Look-ahead from a field returning one customer: when its selection has {@code crossSell}, one query reads the
     * customer's profile with their history, and primes both the customer lookup and each selected
     * {@code crossSell} with the answer, so the request needs one query instead of two in series. If that read
     * fails, nothing is primed: the lookup and the cross-sell then run (and report their errors) as without it.
     */
    public void startWithCustomer(DataFetchingEnvironment parent, String customerId) {
        List<CrossSellRequest> requests = parent.getSelectionSet().getImmediateFields().stream()
                .filter(field -> field.getName().equals("crossSell"))
                .flatMap(field -> requestOf(field.getArguments()).stream()).distinct().toList();
        if (requests.isEmpty()) {
            return;
        }
        Optional<CompletableFuture<Optional<ProfiledRecommendations>>> read = answered(
                () -> service.recommendWithProfile(customerId, requests));
        if (read.isEmpty()) {
            return;
        }
        CompletableFuture<Optional<ProfiledRecommendations>> answer = read.get();
        parent.<String, Customer>getDataLoader(CustomerDataFetchers.BY_ID).prime(customerId,
                answer.thenApply(found -> found.map(ProfiledRecommendations::customer).orElse(null)));
        for (CrossSellRequest request : requests) {
            parent.<CrossSellKey, List<Recommendation>>getDataLoader(RECOMMENDATIONS).prime(
                    new CrossSellKey(customerId, request),
                    answer.thenApply(found -> found.map(r -> r.byRequest().get(request)).orElse(null)));
        }
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
                .thenApply(r -> r == null ? List.of() : r);
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
                .orElseGet(() -> env.<String, Category>getDataLoader(CatalogDataFetchers.CATEGORY_BY_ID)
                        .load(recommendation.categoryId()));
    }

    /** CrossSellRecommendation.becauseOf */
    public CompletableFuture<List<Product>> becauseOf(DataFetchingEnvironment env) {
        Recommendation recommendation = env.getSource();
        List<CompletableFuture<Product>> products = recommendation.becauseOf().stream()
                .map(p -> product(env, p.id())).toList();
        return CompletableFuture.allOf(products.toArray(CompletableFuture[]::new))
                .thenApply(done -> products.stream().map(CompletableFuture::join).toList());
    }

    /** BoughtTogether.product */
    public CompletableFuture<Product> partner(DataFetchingEnvironment env) {
        CoPurchase link = env.getSource();
        return CatalogDataFetchers.loadProduct(env, link.partnerId());
    }

    /** CustomerCrossSell.customer */
    public CompletableFuture<Customer> customer(DataFetchingEnvironment env) {
        CustomerCrossSell entry = env.getSource();
        return env.<String, Customer>getDataLoader(CustomerDataFetchers.BY_ID).load(entry.customerId());
    }

    /** A recommended product as the recommendation's model read it, or from the catalogue when it has gone since. */
    private CompletableFuture<Product> product(DataFetchingEnvironment env, String productId) {
        return service.knownProduct(productId).map(CompletableFuture::completedFuture)
                .orElseGet(() -> CatalogDataFetchers.loadProduct(env, productId));
    }

    private static <T> Optional<CompletableFuture<T>> answered(Supplier<T> work) {
        try {
            return Optional.of(CompletableFuture.completedFuture(work.get()));
        } catch (RuntimeException failed) {
            return Optional.empty();
        }
    }

    private static Optional<CrossSellRequest> requestOf(Map<String, Object> arguments) {
        try {
            return Optional.of(CrossSellRequest.fromArguments((Integer) arguments.get("first"),
                    (String) arguments.get("strategy"), castFilter(arguments.get("filter"))));
        } catch (RuntimeException invalid) {
            return Optional.empty();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castFilter(Object filter) {
        return (Map<String, Object>) filter;
    }

    private static CrossSellRequest request(DataFetchingEnvironment env) {
        return CrossSellRequest.fromArguments(env.getArgument("first"), env.getArgument("strategy"),
                env.getArgument("filter"));
    }
}
