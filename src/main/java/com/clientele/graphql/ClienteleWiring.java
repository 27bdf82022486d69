package com.clientele.graphql;

import com.clientele.catalog.CatalogDataFetchers;
import com.clientele.catalog.Category;
import com.clientele.catalog.Product;
import com.clientele.clv.ClvDataFetchers;
import com.clientele.clv.ClvModelRecord;
import com.clientele.clv.ClvUserError;
import com.clientele.clv.CustomerClv;
import com.clientele.clv.RefitClvResult;
import com.clientele.clv.SegmentClv;
import com.clientele.customer.Customer;
import com.clientele.customer.CustomerDataFetchers;
import com.clientele.order.Order;
import com.clientele.order.OrderDataFetchers;
import com.clientele.order.OrderLine;
import com.clientele.referral.Referral;
import com.clientele.referral.ReferralDataFetchers;
import com.clientele.strategy.NextBestAction;
import com.clientele.strategy.Strategy;
import com.clientele.strategy.StrategyDataFetchers;
import com.clientele.strategy.StrategyEditResult;
import com.clientele.strategy.UserError;
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
            Map.entry("CustomerClv", CustomerClv.class),
            Map.entry("ClvModel", ClvModelRecord.class),
            Map.entry("SegmentClv", SegmentClv.class),
            Map.entry("RefitClvPayload", RefitClvResult.class),
            Map.entry("ClvUserError", ClvUserError.class));

    private ClienteleWiring() {
    }

    public static RuntimeWiring build(Features f) {
        CustomerDataFetchers customers = f.customers();
        CatalogDataFetchers catalog = f.catalog();
        OrderDataFetchers orders = f.orders();
        ReferralDataFetchers referrals = f.referrals();
        StrategyDataFetchers strategies = f.strategies();
        ClvDataFetchers clv = f.clv();
        return RuntimeWiring.newRuntimeWiring()
                .scalar(ExtendedScalars.DateTime)
                .scalar(ExtendedScalars.Date)
                .scalar(MoneyScalar.MONEY)
                .type("Query", t -> t
                        .dataFetcher("customer", customers::customer)
                        .dataFetcher("customers", customers::customers)
                        .dataFetcher("product", catalog::product)
                        .dataFetcher("products", catalog::products)
                        .dataFetcher("categories", catalog::categories)
                        .dataFetcher("order", orders::order)
                        .dataFetcher("strategies", strategies::strategies)
                        .dataFetcher("clvModel", clv::clvModel)
                        .dataFetcher("customersByClv", clv::customersByClv)
                        .dataFetcher("clvBySegment", clv::clvBySegment))
                .type("Mutation", t -> t
                        .dataFetcher("updateStrategy", strategies::updateStrategy)
                        .dataFetcher("resetStrategy", strategies::resetStrategy)
                        .dataFetcher("refitClv", clv::refitClv))
                .type("Customer", t -> t
                        .dataFetcher("ageBand", customers::ageBand)
                        .dataFetcher("orders", orders::ordersOfCustomer)
                        .dataFetcher("referredBy", referrals::referredBy)
                        .dataFetcher("referrals", referrals::referrals)
                        .dataFetcher("clv", clv::customerClv))
                .type("Product", t -> t
                        .dataFetcher("category", catalog::categoryOfProduct))
                .type("Category", t -> t
                        .dataFetcher("parent", catalog::parent)
                        .dataFetcher("children", catalog::children))
                .type("Order", t -> t
                        .dataFetcher("customer", orders::customer)
                        .dataFetcher("lines", orders::lines))
                .type("OrderLine", t -> t
                        .dataFetcher("product", orders::product))
                .type("Referral", t -> t
                        .dataFetcher("referrer", referrals::referrer)
                        .dataFetcher("referred", referrals::referred))
                .type("Strategy", t -> t
                        .dataFetcher("name", strategies::name)
                        .dataFetcher("description", strategies::description)
                        .dataFetcher("objective", strategies::objective)
                        .dataFetcher("actions", strategies::actions))
                .type("NextBestAction", t -> t
                        .dataFetcher("strategy", strategies::strategyOfAction)
                        .dataFetcher("reason", strategies::reason))
                .build();
    }
}
