package com.clientele.referral;

import com.clientele.graphql.UserError;
import com.clientele.auth.Role;
import com.clientele.customer.Customer;
import com.clientele.customer.CustomerLoaders;
import com.clientele.graphql.ApiSurface;
import com.clientele.graphql.FeatureFetchers;
import com.clientele.graphql.Loaders;
import com.clientele.graphql.Connection;
import com.clientele.graphql.PageRequest;
import com.clientele.strategy.Strategy;
import com.clientele.strategy.StrategyLoaders;
import com.clientele.vocabulary.SegmentDimension;
import graphql.schema.DataFetchingEnvironment;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoaderRegistry;

/** Fetchers of the influence fields: one method per field of schema/influence.graphqls. */
public final class InfluenceDataFetchers implements FeatureFetchers {

    public static final String FACTS_OF = "referralFactsOf";

    private final ReferralInsightsRepository insights;
    private final ReferralRecorder recorder;
    private final int maxPageSize;

    public InfluenceDataFetchers(ReferralInsightsRepository insights, ReferralRecorder recorder, int maxPageSize) {
        this.insights = insights;
        this.recorder = recorder;
        this.maxPageSize = maxPageSize;
    }

    @Override
    public void contribute(ApiSurface surface) {
        surface.query("topReferrers", this::topReferrers)
                .query("referralProgramme", this::referralProgramme)
                .mutation("recordReferral", Role.INTEGRATOR, this::recordReferral)
                .field("Customer", "referralStats", this::referralStats)
                .field("Customer", "influence", this::influence)
                .field("Customer", "referralCascade", this::referralCascade)
                .field("ReferralNode", "customer", this::nodeCustomer)
                .field("Influence", "class", this::influenceClass)
                .field("Influence", "strategy", this::strategy)
                .backedBy("ReferrerConnection", Connection.class)
                .backedBy("ReferralStats", ReferralStats.class)
                .backedBy("Influence", Influence.class)
                .backedBy("ReferralNode", ReferralNode.class)
                .backedBy("ReferralProgrammeKpis", ReferralProgrammeKpis.class)
                .backedBy("RecordReferralPayload", RecordReferralPayload.class)
                .userError("ReferralUserError", ReferralErrorCode.class);
    }

    @Override
    public void registerLoaders(DataLoaderRegistry registry) {
        registry.register(FACTS_OF, Loaders.byId(insights::factsOf));
    }

    /** Query.topReferrers */
    public Connection<Customer> topReferrers(DataFetchingEnvironment env) {
        PageRequest page = PageRequest.from(env, maxPageSize);
        ReferrerOrder order = ReferrerOrder.valueOf(env.getArgumentOrDefault("orderBy", "INFLUENCE"));
        ReferrerFilter filter = ReferrerFilter.fromInput(env.getArgument("filter"));
        return Connection.fromRows(insights.topReferrers(order, filter, page), page,
                () -> insights.countReferrers(filter));
    }

    /** Query.referralProgramme */
    public ReferralProgrammeKpis referralProgramme(DataFetchingEnvironment env) {
        return insights.programme();
    }

    /** Customer.referralStats */
    public CompletableFuture<ReferralStats> referralStats(DataFetchingEnvironment env) {
        return factsOf(env).thenApply(StoredReferralFacts::stats);
    }

    /** Customer.influence */
    public CompletableFuture<Influence> influence(DataFetchingEnvironment env) {
        return factsOf(env).thenApply(StoredReferralFacts::influence);
    }

    /** Customer.referralCascade */
    public ReferralNode referralCascade(DataFetchingEnvironment env) {
        Customer customer = env.getSource();
        return new CascadeTree(insights).below(customer.id(), env.getArgumentOrDefault("maxDepth", 3));
    }

    /** ReferralNode.customer */
    public CompletableFuture<Customer> nodeCustomer(DataFetchingEnvironment env) {
        ReferralNode node = env.getSource();
        return CustomerLoaders.byId(env, node.customerId());
    }

    /** Influence.class */
    public String influenceClass(DataFetchingEnvironment env) {
        Influence influence = env.getSource();
        return influence.influenceClass();
    }

    /** Influence.strategy */
    public CompletableFuture<Strategy> strategy(DataFetchingEnvironment env) {
        Influence influence = env.getSource();
        if (influence.influenceClass() == null) {
            return CompletableFuture.completedFuture(null);
        }
        return StrategyLoaders.byKey(env, SegmentDimension.INFLUENCE.key(influence.influenceClass()));
    }

    /** Mutation.recordReferral */
    public RecordReferralPayload recordReferral(DataFetchingEnvironment env) {
        Map<String, Object> input = env.getArgument("input");
        return recorder.record((String) input.get("referrerId"), (String) input.get("referredId"),
                (LocalDate) input.get("referredAt"));
    }

    private CompletableFuture<StoredReferralFacts> factsOf(DataFetchingEnvironment env) {
        Customer customer = env.getSource();
        return env.<String, StoredReferralFacts>getDataLoader(FACTS_OF).load(customer.id());
    }
}
