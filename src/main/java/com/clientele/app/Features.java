package com.clientele.app;

import com.clientele.auth.ApiKeyStore;
import com.clientele.catalog.CatalogDataFetchers;
import com.clientele.catalog.CatalogRepository;
import com.clientele.crosssell.CrossSellDataFetchers;
import com.clientele.crosssell.CrossSellLookAhead;
import com.clientele.crosssell.CrossSellRepository;
import com.clientele.crosssell.CrossSellScorer;
import com.clientele.crosssell.CrossSellService;
import com.clientele.crosssell.ScoringSettings;
import com.clientele.clv.ClvConfig;
import com.clientele.clv.ClvDataFetchers;
import com.clientele.customer.CustomerDataFetchers;
import com.clientele.customer.CustomerRepository;
import com.clientele.graphql.FeatureFetchers;
import com.clientele.neo4j.Graph;
import com.clientele.order.OrderDataFetchers;
import com.clientele.order.OrderRepository;
import com.clientele.place.PlaceFetchers;
import com.clientele.place.PlaceTable;
import com.clientele.referral.InfluenceConfig;
import com.clientele.referral.InfluenceDataFetchers;
import com.clientele.referral.ReferralDataFetchers;
import com.clientele.referral.ReferralInsightsRepository;
import com.clientele.referral.ReferralRecorder;
import com.clientele.referral.ReferralRepository;
import com.clientele.segment.CustomerSegmentFetchers;
import com.clientele.segment.RefreshHistory;
import com.clientele.segment.RefreshSegmentsMutation;
import com.clientele.segment.SavedSegmentFetchers;
import com.clientele.segment.SavedSegmentRepository;
import com.clientele.segment.SegmentDataFetchers;
import com.clientele.segment.SegmentFilterValidator;
import com.clientele.segment.SegmentHistoryFetchers;
import com.clientele.segment.SegmentRepository;
import com.clientele.segment.SegmentationConfig;
import com.clientele.strategy.PlaybookFile;
import com.clientele.strategy.StrategyDataFetchers;
import com.clientele.strategy.StrategyRepository;
import com.clientele.apikey.ApiKeyFetchers;
import com.clientele.ingest.WriteDataFetchers;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Every feature's fetchers, built over one graph: what the wiring and the per-request loaders are made from; and
 * the segmentation rules they classify with, whose thresholds the schema descriptions state.
 */
public record Features(
        CustomerDataFetchers customers,
        CatalogDataFetchers catalog,
        OrderDataFetchers orders,
        ReferralDataFetchers referrals,
        StrategyDataFetchers strategies,
        CustomerSegmentFetchers customerSegments,
        SegmentDataFetchers segments,
        SavedSegmentFetchers savedSegments,
        SegmentHistoryFetchers segmentHistory,
        InfluenceDataFetchers influence,
        CrossSellDataFetchers crossSell,
        ClvDataFetchers clv,
        WriteDataFetchers writes,
        ApiKeyFetchers apiKeys,
        SegmentationConfig segmentationRules,
        PlaceFetchers places) {

    /** The features with the default segmentation rules (for tools and tests that never refresh through the API). */
    public static Features over(Graph graph, Clock clock, int maxPageSize) {
        return over(graph, clock, AppConfig.fromEnvironment(Map.of("MAX_PAGE_SIZE", Integer.toString(maxPageSize))));
    }

    /** Every feature over one graph, configured as the application is; API keys checked on every request. */
    public static Features over(Graph graph, Clock clock, AppConfig config) {
        return over(graph, clock, config, new ApiKeyStore(graph, clock));
    }

    /** Every feature over one graph, configured as the application is (page size, rules, settings, the key store). */
    public static Features over(Graph graph, Clock clock, AppConfig config, ApiKeyStore keys) {
        int maxPageSize = config.maxPageSize();
        SegmentationConfig segmentation = config.segmentation();
        InfluenceConfig influence = config.influence();
        ClvConfig clv = config.clv();
        PlaceTable places = config.places();
        CrossSellService crossSell = new CrossSellService(new CrossSellRepository(graph),
                new CrossSellScorer(ScoringSettings.defaults()), clock);
        SegmentRepository segmentRepository = new SegmentRepository(graph, places);
        SegmentDataFetchers segments = new SegmentDataFetchers(segmentRepository,
                new StrategyRepository(graph, PlaybookFile.fromClasspath(), clock), PlaybookFile.fromClasspath(),
                clock, maxPageSize);
        return new Features(
                new CustomerDataFetchers(new CustomerRepository(graph, clock, places), maxPageSize,
                        new CrossSellLookAhead(crossSell)),
                new CatalogDataFetchers(new CatalogRepository(graph), maxPageSize),
                new OrderDataFetchers(new OrderRepository(graph), maxPageSize),
                new ReferralDataFetchers(new ReferralRepository(graph), maxPageSize),
                new StrategyDataFetchers(new StrategyRepository(graph, PlaybookFile.fromClasspath(), clock)),
                new CustomerSegmentFetchers(segmentRepository, new CatalogRepository(graph)),
                segments,
                new SavedSegmentFetchers(new SavedSegmentRepository(graph,
                        new SegmentFilterValidator(segmentRepository::existingCategories), clock), segments,
                        config.limits().hidePersonalDataFromReaders()),
                new SegmentHistoryFetchers(new RefreshHistory(graph),
                        new RefreshSegmentsMutation(graph, segmentation, clock), maxPageSize),
                new InfluenceDataFetchers(new ReferralInsightsRepository(graph, places), new ReferralRecorder(graph,
                        influence.cascade(), clock), maxPageSize),
                new CrossSellDataFetchers(crossSell, places),
                new ClvDataFetchers(graph, clv, clock, maxPageSize),
                new WriteDataFetchers(graph, clock, segmentation, places),
                new ApiKeyFetchers(keys),
                segmentation,
                new PlaceFetchers(places));
    }

    public List<FeatureFetchers> all() {
        return List.of(customers, catalog, orders, referrals, strategies, customerSegments, segments, savedSegments,
                segmentHistory, influence, crossSell, clv, writes,
                apiKeys, places);
    }
}
