package com.clientele.graphql;

import com.clientele.catalog.CatalogDataFetchers;
import com.clientele.catalog.CatalogRepository;
import com.clientele.clv.ClvConfig;
import com.clientele.clv.ClvDataFetchers;
import com.clientele.customer.CustomerDataFetchers;
import com.clientele.customer.CustomerRepository;
import com.clientele.neo4j.Graph;
import com.clientele.order.OrderDataFetchers;
import com.clientele.order.OrderRepository;
import com.clientele.referral.ReferralDataFetchers;
import com.clientele.referral.ReferralRepository;
import com.clientele.strategy.PlaybookFile;
import com.clientele.strategy.StrategyDataFetchers;
import com.clientele.strategy.StrategyRepository;
import java.time.Clock;
import java.util.List;

/** Every feature's fetchers, built over one graph: what the wiring and the per-request loaders are made from. */
public record Features(
        CustomerDataFetchers customers,
        CatalogDataFetchers catalog,
        OrderDataFetchers orders,
        ReferralDataFetchers referrals,
        StrategyDataFetchers strategies,
        ClvDataFetchers clv) {

    public static Features over(Graph graph, Clock clock, int maxPageSize) {
        return new Features(
                new CustomerDataFetchers(new CustomerRepository(graph, clock), maxPageSize),
                new CatalogDataFetchers(new CatalogRepository(graph), maxPageSize),
                new OrderDataFetchers(new OrderRepository(graph), maxPageSize),
                new ReferralDataFetchers(new ReferralRepository(graph), maxPageSize),
                new StrategyDataFetchers(new StrategyRepository(graph, PlaybookFile.fromClasspath(), clock)),
                new ClvDataFetchers(graph, ClvConfig.fromEnvironment(System.getenv()), clock, maxPageSize));
    }

    public List<FeatureFetchers> all() {
        return List.of(customers, catalog, orders, referrals, strategies, clv);
    }
}
