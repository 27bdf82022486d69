package com.clientele.graphql;

import com.clientele.limits.ThrottleStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code extensions.cost} of a response, as Shopify reports it: the requested cost, the actual cost (one point
 * per field in the response, list elements each counted) and the key's bucket.
 */
final class QueryCost {

    private QueryCost() {
    }

    static Map<String, Object> extension(long requested, Long actual, ThrottleStatus status) {
        Map<String, Object> throttle = new LinkedHashMap<>();
        throttle.put("maximumAvailable", status.maximumAvailable());
        throttle.put("currentlyAvailable", status.currentlyAvailable());
        throttle.put("restoreRate", status.restoreRate());
        Map<String, Object> cost = new LinkedHashMap<>();
        cost.put("requestedQueryCost", requested);
        cost.put("actualQueryCost", actual);
        cost.put("throttleStatus", throttle);
        return Map.of("cost", cost);
    }

    /** One point per field present in the response data. */
    static long actual(Object data) {
        if (data instanceof Map<?, ?> object) {
            long total = object.size();
            for (Object value : object.values()) {
                total += actual(value);
            }
            return total;
        }
        if (data instanceof List<?> list) {
            return list.stream().mapToLong(QueryCost::actual).sum();
        }
        return 0;
    }
}
