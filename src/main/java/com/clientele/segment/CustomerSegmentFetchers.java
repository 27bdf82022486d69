package com.clientele.segment;

import com.clientele.catalog.CatalogRepository;
import com.clientele.catalog.Category;
import com.clientele.customer.Customer;
import com.clientele.graphql.ApiSurface;
import com.clientele.graphql.FeatureFetchers;
import com.clientele.graphql.Loaders;
import com.clientele.graphql.RequestLanguage;
import com.clientele.strategy.NextBestAction;
import com.clientele.strategy.NextBestActionRules;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.dataloader.DataLoaderRegistry;

/**
 * Fetchers of the fields schema/segment.graphqls adds to {@code Customer}: the stored classes, metrics, RFM scores,
 * favourite category and next-best action. All read one batched load of the customers' stored classification, so
 * a page of customers costs one query; every field is null while a customer has not been classified.
 */
public final class CustomerSegmentFetchers implements FeatureFetchers {

    public static final String CLASSIFIED_BY_ID = "classifiedCustomerById";
    public static final String FAVOURITE_CATEGORY_BY_ID = "favouriteCategoryByCustomerId";

    private final SegmentRepository segments;
    private final CatalogRepository catalog;

    public CustomerSegmentFetchers(SegmentRepository segments, CatalogRepository catalog) {
        this.segments = segments;
        this.catalog = catalog;
    }

    @Override
    public void contribute(ApiSurface surface) {
        surface.field("Customer", "classes", this::classes)
                .field("Customer", "metrics", this::metrics)
                .field("Customer", "rfm", this::rfm)
                .field("Customer", "favouriteCategory", this::favouriteCategory)
                .field("Customer", "nextBestAction", this::nextBestAction)
                .backedBy("CustomerClassification", CustomerClassification.class)
                .backedBy("CustomerSegmentMetrics", CustomerMetrics.class)
                .backedBy("Rfm", RfmScores.class);
    }

    @Override
    public void registerLoaders(DataLoaderRegistry registry) {
        registry.register(CLASSIFIED_BY_ID, Loaders.byId(segments::classifiedByIds));
        registry.register(FAVOURITE_CATEGORY_BY_ID, Loaders.byId(this::favouriteCategories));
    }

    /** Customer.classes */
    public CompletableFuture<CustomerClassification> classes(DataFetchingEnvironment env) {
        return stored(env, ClassifiedCustomer::classes);
    }

    /** Customer.metrics */
    public CompletableFuture<CustomerMetrics> metrics(DataFetchingEnvironment env) {
        return stored(env, ClassifiedCustomer::metrics);
    }

    /** Customer.rfm */
    public CompletableFuture<RfmScores> rfm(DataFetchingEnvironment env) {
        return stored(env, ClassifiedCustomer::rfm);
    }

    /**
     * Customer.favouriteCategory: one loader that reads the stored ids and then the categories in one batch each
     * (a load chained on another loader's result would not be dispatched by this graphql-java version).
     */
    public CompletableFuture<Category> favouriteCategory(DataFetchingEnvironment env) {
        Customer customer = env.getSource();
        return env.<String, Category>getDataLoader(FAVOURITE_CATEGORY_BY_ID).load(customer.id());
    }

    /** Customer.nextBestAction: the rule table applied to the stored classes, in the field's language. */
    public CompletableFuture<DataFetcherResult<NextBestAction>> nextBestAction(DataFetchingEnvironment env) {
        return stored(env, customer -> NextBestActionRules.decide(customer.toCustomerClasses()))
                .thenApply(action -> DataFetcherResult.<NextBestAction>newResult().data(action)
                        .localContext(RequestLanguage.of(env)).build());
    }

    private Map<String, Category> favouriteCategories(List<String> customerIds) {
        Map<String, String> favourite = new HashMap<>();
        segments.classifiedByIds(customerIds).values().stream()
                .filter(classified -> classified.favouriteCategoryId() != null)
                .forEach(classified -> favourite.put(classified.customerId(), classified.favouriteCategoryId()));
        Map<String, Category> categories = catalog.categoriesByIds(List.copyOf(Set.copyOf(favourite.values())));
        Map<String, Category> byCustomer = new HashMap<>();
        favourite.forEach((customerId, categoryId) -> byCustomer.put(customerId, categories.get(categoryId)));
        return byCustomer;
    }

    private <T> CompletableFuture<T> stored(DataFetchingEnvironment env, Function<ClassifiedCustomer, T> part) {
        Customer customer = env.getSource();
        return env.<String, ClassifiedCustomer>getDataLoader(CLASSIFIED_BY_ID).load(customer.id())
                .thenApply(classified -> classified == null ? null : part.apply(classified));
    }
}
