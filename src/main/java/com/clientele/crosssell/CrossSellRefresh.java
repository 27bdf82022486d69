package com.clientele.crosssell;

import com.clientele.neo4j.Graph;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the cross-sell model: reads every basket through the driver, builds the co-purchase links and popular
 * lists in Java, and stores them ({@code CO_PURCHASED} with statistics, {@code :PopularItems} lists). The new
 * version is written before the old one is deleted, so readers never see an empty model. One at a time.
 * It is a full rebuild: a single new order shifts the normalisation of every pair of its products, and reading the
 * baskets is the cost that an incremental update could not avoid.
 */
public final class CrossSellRefresh {

    private static final Logger LOG = LoggerFactory.getLogger(CrossSellRefresh.class);
    private static final ReentrantLock ONE_AT_A_TIME = new ReentrantLock();
    private static final int BATCH = 5_000;

    private final Graph graph;
    private final CoPurchaseSettings settings;

    public CrossSellRefresh(Graph graph, CoPurchaseSettings settings) {
        this.graph = graph;
        this.settings = settings;
    }

    public CrossSellRefreshSummary run() {
        ONE_AT_A_TIME.lock();
        try {
            long version = System.currentTimeMillis();
            long started = System.nanoTime();
            BasketLog log = BasketLog.read(graph);
            CustomerGroups groups = CustomerGroups.read(graph);
            long read = System.nanoTime();
            CoPurchaseModel model = new CoPurchaseBuilder(settings).build(log, basket -> true);
            PopularLists popular = PopularLists.build(log, basket -> true, groups);
            long built = System.nanoTime();
            writeLinks(model, version);
            writePopularLists(popular, version);
            long written = System.nanoTime();
            CrossSellRefreshSummary summary = new CrossSellRefreshSummary(version, log.baskets().size(),
                    log.productCount(), model.linkCount(), popular.all().size(), millis(started, read),
                    millis(read, built), millis(built, written));
            record(summary);
            LOG.info("Cross-sell refresh {}: {} baskets, {} products, {} links; read {} ms, build {} ms, write {} ms",
                    version, summary.baskets(), summary.products(), summary.links(), summary.readMillis(),
                    summary.buildMillis(), summary.writeMillis());
            return summary;
        } finally {
            ONE_AT_A_TIME.unlock();
        }
    }

    private void writeLinks(CoPurchaseModel model, long version) {
        List<Map<String, Object>> rows = new ArrayList<>(BATCH);
        for (List<CoPurchase> partners : model.allPartners()) {
            for (CoPurchase link : partners) {
                rows.add(row(link));
                if (rows.size() == BATCH) {
                    graph.write("crosssell/write-links", Map.of("rows", rows, "version", version));
                    rows.clear();
                }
            }
        }
        if (!rows.isEmpty()) {
            graph.write("crosssell/write-links", Map.of("rows", rows, "version", version));
        }
        Map<String, Object> stale = Map.of("version", version, "batch", BATCH);
        while (graph.write("crosssell/delete-stale-links", stale, row -> row.get("deleted").asLong()).get(0) > 0) {
            LOG.debug("deleted a batch of stale co-purchase links");
        }
    }

    private static Map<String, Object> row(CoPurchase link) {
        return Map.of("productId", link.productId(), "partnerId", link.partnerId(), "baskets", link.baskets(),
                "buyers", link.buyers(), "support", link.support(), "confidence", link.confidence(),
                "reverseConfidence", link.reverseConfidence(), "lift", link.lift(), "similarity", link.similarity());
    }

    private void writePopularLists(PopularLists popular, long version) {
        List<Map<String, Object>> lists = new ArrayList<>();
        popular.all().forEach((key, entries) -> lists.add(Map.of("key", key,
                "productIds", entries.stream().map(Map.Entry::getKey).toList(),
                "buyers", entries.stream().map(Map.Entry::getValue).toList())));
        graph.write("crosssell/write-popular-lists", Map.of("lists", lists, "version", version));
        graph.write("crosssell/delete-stale-popular-lists", Map.of("version", version));
    }

    private void record(CrossSellRefreshSummary s) {
        graph.write("crosssell/record-refresh", Map.of("version", s.version(),
                "refreshedAt", Instant.ofEpochMilli(s.version()).toString(), "baskets", s.baskets(),
                "products", s.products(), "links", s.links(), "readMillis", s.readMillis(),
                "buildMillis", s.buildMillis(), "writeMillis", s.writeMillis()));
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
