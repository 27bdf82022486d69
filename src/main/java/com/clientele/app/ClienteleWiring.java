package com.clientele.app;

import com.clientele.auth.ApiKey;
import com.clientele.catalog.CatalogDataFetchers;
import com.clientele.catalog.Category;
import com.clientele.catalog.Product;
import com.clientele.crosssell.CoPurchase;
import com.clientele.crosssell.CrossSellDataFetchers;
import com.clientele.crosssell.CustomerCrossSell;
import com.clientele.crosssell.Recommendation;
import com.clientele.clv.ClvDataFetchers;
import com.clientele.clv.ClvModelRecord;
import com.clientele.clv.ClvQuality;
import com.clientele.clv.ClvText;
import com.clientele.clv.ClvUserError;
import com.clientele.clv.CustomerClv;
import com.clientele.clv.RefitClvResult;
import com.clientele.clv.SegmentClv;
import com.clientele.customer.Customer;
import com.clientele.customer.CustomerDataFetchers;
import com.clientele.graphql.Connection;
import com.clientele.graphql.MoneyScalar;
import com.clientele.order.Order;
import com.clientele.order.OrderDataFetchers;
import com.clientele.order.OrderLine;
import com.clientele.place.CustomerPlace;
import com.clientele.place.Place;
import com.clientele.place.PlaceFetchers;
import com.clientele.referral.Influence;
import com.clientele.referral.InfluenceDataFetchers;
import com.clientele.referral.RecordReferralPayload;
import com.clientele.referral.Referral;
import com.clientele.referral.ReferralDataFetchers;
import com.clientele.segment.CustomSegment;
import com.clientele.segment.CustomerClassification;
import com.clientele.segment.CustomerSegmentFetchers;
import com.clientele.segment.CustomerMetrics;
import com.clientele.segment.CustomerTransition;
import com.clientele.segment.DeleteSegmentResult;
import com.clientele.segment.RefreshRecord;
import com.clientele.segment.RefreshSegmentsResult;
import com.clientele.segment.RfmScores;
import com.clientele.segment.SaveSegmentResult;
import com.clientele.segment.SavedSegment;
import com.clientele.segment.SavedSegmentFetchers;
import com.clientele.segment.Segment;
import com.clientele.segment.SegmentDataFetchers;
import com.clientele.segment.SegmentFilter;
import com.clientele.segment.SegmentHistoryFetchers;
import com.clientele.segment.SegmentKpis;
import com.clientele.segment.SegmentTransitions;
import com.clientele.segment.SegmentUserError;
import com.clientele.segment.TransitionCount;
import com.clientele.referral.ReferralNode;
import com.clientele.referral.ReferralProgrammeKpis;
import com.clientele.referral.ReferralStats;
import com.clientele.referral.ReferralUserError;
import com.clientele.referral.ReferrerConnection;
import com.clientele.strategy.NextBestAction;
import com.clientele.strategy.Strategy;
import com.clientele.strategy.StrategyDataFetchers;
import com.clientele.strategy.StrategyEditResult;
import com.clientele.strategy.UserError;
import com.clientele.apikey.ApiKeyFetchers;
import com.clientele.apikey.ApiKeyPayload;
import com.clientele.ingest.CategoryPayload;
import com.clientele.ingest.CustomerPayload;
import com.clientele.ingest.OrderPayload;
import com.clientele.ingest.ProductPayload;
import com.clientele.ingest.WriteDataFetchers;
import com.clientele.ingest.WriteUserError;
import graphql.scalars.ExtendedScalars;
import graphql.schema.idl.RuntimeWiring;
import java.util.Map;

/**
 * Which fetcher answers which field: the whole API in one table. Fields not listed here are read from the record
 * that backs their type (see {@link #BACKING_TYPES}), by the accessor of the same name.
 */
public final class ClienteleWiring {

    /** The Java record behind each object type, for fields answered by a record accessor. */
    public static final Map<String, Class<?>> BACKING_TYPES = Map.ofEntries(
            Map.entry("Customer", Customer.class),
            Map.entry("Product", Product.class),
            Map.entry("Category", Category.class),
            Map.entry("Order", Order.class),
            Map.entry("OrderLine", OrderLine.class),
            Map.entry("Referral", Referral.class),
            Map.entry("Strategy", Strategy.class),
            Map.entry("NextBestAction", NextBestAction.class),
            Map.entry("UpdateStrategyPayload", StrategyEditResult.class),
            Map.entry("ResetStrategyPayload", StrategyEditResult.class),
            Map.entry("StrategyUserError", UserError.class),
            Map.entry("PageInfo", Connection.PageInfo.class),
            Map.entry("CustomerConnection", Connection.class),
            Map.entry("ProductConnection", Connection.class),
            Map.entry("OrderConnection", Connection.class),
            Map.entry("ReferralConnection", Connection.class),
            Map.entry("CustomerEdge", Connection.Edge.class),
            Map.entry("ProductEdge", Connection.Edge.class),
            Map.entry("OrderEdge", Connection.Edge.class),
            Map.entry("ReferralEdge", Connection.Edge.class),
            Map.entry("CustomerClassification", CustomerClassification.class),
            Map.entry("CustomerSegmentMetrics", CustomerMetrics.class),
            Map.entry("Rfm", RfmScores.class),
            Map.entry("Segment", Segment.class),
            Map.entry("SegmentKpis", SegmentKpis.class),
            Map.entry("CustomSegment", CustomSegment.class),
            Map.entry("SavedSegment", SavedSegment.class),
            Map.entry("SegmentFilterDefinition", SegmentFilter.class),
            Map.entry("SaveSegmentPayload", SaveSegmentResult.class),
            Map.entry("DeleteSegmentPayload", DeleteSegmentResult.class),
            Map.entry("RefreshSegmentsPayload", RefreshSegmentsResult.class),
            Map.entry("SegmentUserError", SegmentUserError.class),
            Map.entry("Refresh", RefreshRecord.class),
            Map.entry("SegmentTransitions", SegmentTransitions.class),
            Map.entry("TransitionCount", TransitionCount.class),
            Map.entry("CustomerTransition", CustomerTransition.class),
            Map.entry("CustomerTransitionConnection", Connection.class),
            Map.entry("CustomerTransitionEdge", Connection.Edge.class),
            Map.entry("ReferrerConnection", ReferrerConnection.class),
            Map.entry("ReferralStats", ReferralStats.class),
            Map.entry("Influence", Influence.class),
            Map.entry("ReferralNode", ReferralNode.class),
            Map.entry("ReferralProgrammeKpis", ReferralProgrammeKpis.class),
            Map.entry("RecordReferralPayload", RecordReferralPayload.class),
            Map.entry("ReferralUserError", ReferralUserError.class),
            Map.entry("CrossSellRecommendation", Recommendation.class),
            Map.entry("CustomerCrossSell", CustomerCrossSell.class),
            Map.entry("BoughtTogether", CoPurchase.class),
            Map.entry("CustomerClv", CustomerClv.class),
            Map.entry("ClvModel", ClvModelRecord.class),
            Map.entry("ClvQuality", ClvQuality.class),
            Map.entry("ClvText", ClvText.class),
            Map.entry("SegmentClv", SegmentClv.class),
            Map.entry("RefitClvPayload", RefitClvResult.class),
            Map.entry("ClvUserError", ClvUserError.class),
            Map.entry("UpsertCustomerPayload", CustomerPayload.class),
            Map.entry("AnonymiseCustomerPayload", CustomerPayload.class),
            Map.entry("UpsertProductPayload", ProductPayload.class),
            Map.entry("UpsertCategoryPayload", CategoryPayload.class),
            Map.entry("RecordOrderPayload", OrderPayload.class),
            Map.entry("CreateApiKeyPayload", ApiKeyPayload.class),
            Map.entry("RevokeApiKeyPayload", ApiKeyPayload.class),
            Map.entry("WriteUserError", WriteUserError.class),
            Map.entry("ApiKey", ApiKey.class),
            Map.entry("CustomerPlace", CustomerPlace.class),
            Map.entry("Place", Place.class));

    private ClienteleWiring() {
    }

    public static RuntimeWiring build(Features f) {
        CustomerDataFetchers customers = f.customers();
        CatalogDataFetchers catalog = f.catalog();
        OrderDataFetchers orders = f.orders();
        ReferralDataFetchers referrals = f.referrals();
        StrategyDataFetchers strategies = f.strategies();
        CustomerSegmentFetchers customerSegments = f.customerSegments();
        SegmentDataFetchers segments = f.segments();
        SavedSegmentFetchers savedSegments = f.savedSegments();
        SegmentHistoryFetchers segmentHistory = f.segmentHistory();
        InfluenceDataFetchers influence = f.influence();
        CrossSellDataFetchers crossSell = f.crossSell();
        ClvDataFetchers clv = f.clv();
        WriteDataFetchers writes = f.writes();
        ApiKeyFetchers apiKeys = f.apiKeys();
        PlaceFetchers places = f.places();
        return RuntimeWiring.newRuntimeWiring()
                .scalar(ExtendedScalars.DateTime)
                .scalar(ExtendedScalars.Date)
                .scalar(MoneyScalar.MONEY)
                .type("Query", wiring -> wiring
                        .dataFetcher("customer", customers::customer)
                        .dataFetcher("customers", customers::customers)
                        .dataFetcher("product", catalog::product)
                        .dataFetcher("products", catalog::products)
                        .dataFetcher("categories", catalog::categories)
                        .dataFetcher("order", orders::order)
                        .dataFetcher("strategies", strategies::strategies)
                        .dataFetcher("segments", segments::segments)
                        .dataFetcher("segment", segments::segment)
                        .dataFetcher("customSegment", segments::customSegment)
                        .dataFetcher("savedSegments", savedSegments::savedSegments)
                        .dataFetcher("savedSegment", savedSegments::savedSegment)
                        .dataFetcher("segmentTransitions", segmentHistory::segmentTransitions)
                        .dataFetcher("refreshes", segmentHistory::refreshes)
                        .dataFetcher("topReferrers", influence::topReferrers)
                        .dataFetcher("referralProgramme", influence::referralProgramme)
                        .dataFetcher("crossSellBatch", crossSell::crossSellBatch)
                        .dataFetcher("clvModel", clv::clvModel)
                        .dataFetcher("customersByClv", clv::customersByClv)
                        .dataFetcher("clvBySegment", clv::clvBySegment)
                        .dataFetcher("apiKeys", apiKeys::apiKeys)
                        .dataFetcher("places", places::places))
                .type("Mutation", wiring -> wiring
                        .dataFetcher("updateStrategy", strategies::updateStrategy)
                        .dataFetcher("resetStrategy", strategies::resetStrategy)
                        .dataFetcher("saveSegment", savedSegments::saveSegment)
                        .dataFetcher("deleteSegment", savedSegments::deleteSegment)
                        .dataFetcher("refreshSegments", segmentHistory::refreshSegments)
                        .dataFetcher("recordReferral", influence::recordReferral)
                        .dataFetcher("refitClv", clv::refitClv)
                        .dataFetcher("upsertCustomer", writes::upsertCustomer)
                        .dataFetcher("upsertProduct", writes::upsertProduct)
                        .dataFetcher("upsertCategory", writes::upsertCategory)
                        .dataFetcher("recordOrder", writes::recordOrder)
                        .dataFetcher("anonymiseCustomer", writes::anonymiseCustomer)
                        .dataFetcher("createApiKey", apiKeys::createApiKey)
                        .dataFetcher("revokeApiKey", apiKeys::revokeApiKey))
                .type("Customer", wiring -> wiring
                        .dataFetcher("ageBand", customers::ageBand)
                        .dataFetcher("orders", orders::ordersOfCustomer)
                        .dataFetcher("referredBy", referrals::referredBy)
                        .dataFetcher("referrals", referrals::referrals)
                        .dataFetcher("classes", customerSegments::classes)
                        .dataFetcher("metrics", customerSegments::metrics)
                        .dataFetcher("rfm", customerSegments::rfm)
                        .dataFetcher("favouriteCategory", customerSegments::favouriteCategory)
                        .dataFetcher("nextBestAction", customerSegments::nextBestAction)
                        .dataFetcher("referralStats", influence::referralStats)
                        .dataFetcher("influence", influence::influence)
                        .dataFetcher("referralCascade", influence::referralCascade)
                        .dataFetcher("crossSell", crossSell::crossSell)
                        .dataFetcher("clv", clv::customerClv)
                        .dataFetcher("place", places::customerPlace))
                .type("Product", wiring -> wiring
                        .dataFetcher("category", catalog::categoryOfProduct)
                        .dataFetcher("boughtTogether", crossSell::boughtTogether))
                .type("Category", wiring -> wiring
                        .dataFetcher("parent", catalog::parent)
                        .dataFetcher("children", catalog::children))
                .type("Order", wiring -> wiring
                        .dataFetcher("customer", orders::customer)
                        .dataFetcher("lines", orders::lines))
                .type("OrderLine", wiring -> wiring
                        .dataFetcher("product", orders::product))
                .type("Referral", wiring -> wiring
                        .dataFetcher("referrer", referrals::referrer)
                        .dataFetcher("referred", referrals::referred))
                .type("ReferrerConnection", wiring -> wiring
                        .dataFetcher("totalCount", influence::totalReferrers))
                .type("ReferralNode", wiring -> wiring
                        .dataFetcher("customer", influence::nodeCustomer))
                .type("Influence", wiring -> wiring
                        .dataFetcher("class", influence::influenceClass)
                        .dataFetcher("strategy", influence::strategy))
                .type("Strategy", wiring -> wiring
                        .dataFetcher("name", strategies::name)
                        .dataFetcher("description", strategies::description)
                        .dataFetcher("objective", strategies::objective)
                        .dataFetcher("actions", strategies::actions))
                .type("NextBestAction", wiring -> wiring
                        .dataFetcher("strategy", strategies::strategyOfAction)
                        .dataFetcher("reason", strategies::reason))
                .type("Segment", wiring -> wiring
                        .dataFetcher("name", segments::name)
                        .dataFetcher("description", segments::description)
                        .dataFetcher("strategy", segments::strategy)
                        .dataFetcher("members", segments::members))
                .type("CustomSegment", wiring -> wiring
                        .dataFetcher("members", segments::customMembers))
                .type("SavedSegment", wiring -> wiring
                        .dataFetcher("segment", savedSegments::segment))
                .type("CrossSellRecommendation", wiring -> wiring
                        .dataFetcher("product", crossSell::recommendedProduct)
                        .dataFetcher("category", crossSell::category)
                        .dataFetcher("reason", crossSell::reason)
                        .dataFetcher("becauseOf", crossSell::becauseOf))
                .type("CustomerCrossSell", wiring -> wiring
                        .dataFetcher("customer", crossSell::customer))
                .type("BoughtTogether", wiring -> wiring
                        .dataFetcher("product", crossSell::partner))
                .type("Place", wiring -> wiring
                        .dataFetcher("name", places::name))
                .build();
    }
}
