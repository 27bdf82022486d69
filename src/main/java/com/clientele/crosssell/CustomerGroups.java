package com.clientele.crosssell;

import com.clientele.neo4j.Graph;
import java.util.HashMap;
import java.util.Map;

/**
 * Each customer's region (its canonical place id, else the region as typed, else the country) and segment
 * (lifecycle stage), the groups whose popular products cold-start customers are offered.
 */
public final class CustomerGroups {

    private final Map<String, String> regions = new HashMap<>();
    private final Map<String, String> segments = new HashMap<>();

    public static CustomerGroups read(Graph graph) {
        return graph.readInto("crosssell/customer-groups", Map.of(), CustomerGroups::new, (groups, row) -> {
            String id = row.get("id").asString();
            if (!row.get("region").isNull()) {
                groups.regions.put(id, row.get("region").asString());
            }
            if (!row.get("segment").isNull()) {
                groups.segments.put(id, row.get("segment").asString());
            }
        });
    }

    /** Groups given as maps of customer id to region and to segment. */
    public static CustomerGroups of(Map<String, String> regions, Map<String, String> segments) {
        CustomerGroups groups = new CustomerGroups();
        groups.regions.putAll(regions);
        groups.segments.putAll(segments);
        return groups;
    }

    public String regionOf(String customerId) {
        return regions.get(customerId);
    }

    public String segmentOf(String customerId) {
        return segments.get(customerId);
    }

    /** The popular-list key of a region, e.g. {@code region:Zhejiang}. */
    public static String regionKey(String region) {
        return "region:" + region;
    }

    /** The popular-list key of a segment, e.g. {@code segment:NEW}. */
    public static String segmentKey(String segment) {
        return "segment:" + segment;
    }
}
