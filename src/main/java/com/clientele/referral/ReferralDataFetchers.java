package com.clientele.referral;

import com.clientele.customer.Customer;
import com.clientele.customer.CustomerLoaders;
import com.clientele.graphql.ApiSurface;
import com.clientele.graphql.ChildPageKey;
import com.clientele.graphql.Connection;
import com.clientele.graphql.FeatureFetchers;
import com.clientele.graphql.Loaders;
import com.clientele.graphql.Page;
import com.clientele.graphql.PageRequest;
import graphql.schema.DataFetchingEnvironment;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoaderRegistry;

/** Fetchers of the referral fields: one method per field of schema/referral.graphqls. */
public final class ReferralDataFetchers implements FeatureFetchers {

    public static final String REFERRAL_OF = "referralOf";
    public static final String PAGES_BY_REFERRER = "referralPagesByReferrer";

    private final ReferralRepository referrals;
    private final int maxPageSize;

    public ReferralDataFetchers(ReferralRepository referrals, int maxPageSize) {
        this.referrals = referrals;
        this.maxPageSize = maxPageSize;
    }

    @Override
    public void contribute(ApiSurface surface) {
        surface.field("Customer", "referredBy", this::referredBy)
                .field("Customer", "referrals", this::referrals)
                .field("Referral", "referrer", this::referrer)
                .field("Referral", "referred", this::referred)
                .backedBy("Referral", Referral.class)
                .backedBy("ReferralConnection", Connection.class)
                .backedBy("ReferralEdge", Connection.Edge.class);
    }

    @Override
    public void registerLoaders(DataLoaderRegistry registry) {
        registry.register(REFERRAL_OF, Loaders.byId(referrals::referralsOf));
        registry.register(PAGES_BY_REFERRER, Loaders.pagesByParent(referrals::pagesByReferrer));
    }

    /** Customer.referredBy */
    public CompletableFuture<Referral> referredBy(DataFetchingEnvironment env) {
        Customer customer = env.getSource();
        return env.<String, Referral>getDataLoader(REFERRAL_OF).load(customer.id());
    }

    /** Customer.referrals */
    public CompletableFuture<Connection<Referral>> referrals(DataFetchingEnvironment env) {
        Customer customer = env.getSource();
        PageRequest page = PageRequest.from(env, maxPageSize);
        return env.<ChildPageKey, Page<Referral>>getDataLoader(PAGES_BY_REFERRER)
                .load(new ChildPageKey(customer.id(), page))
                .thenApply(result -> result.toConnection(page));
    }

    /** Referral.referrer */
    public CompletableFuture<Customer> referrer(DataFetchingEnvironment env) {
        Referral referral = env.getSource();
        return CustomerLoaders.byId(env, referral.referrerId());
    }

    /** Referral.referred */
    public CompletableFuture<Customer> referred(DataFetchingEnvironment env) {
        Referral referral = env.getSource();
        return CustomerLoaders.byId(env, referral.referredId());
    }
}
