package com.clientele.hostile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The storm's requests, drawn one at a time (so they are never all in memory) from one seeded random source: each
 * source in proportion to its weight, with every source's fixed big bodies at seeded positions. The same seed gives
 * the same requests in the same order, whichever thread takes them.
 */
final class StormPlan {

    private final Map<RequestSource, Integer> weights = new LinkedHashMap<>();
    private final Map<Integer, HostileRequest> fixedAt = new HashMap<>();
    private Random random;
    private int count;
    private int drawn;

    StormPlan add(RequestSource source, int weight) {
        weights.put(source, weight);
        return this;
    }

    /** Keeps only the sources of the named families (comma-separated); blank keeps all. */
    StormPlan only(String families) {
        if (!families.isBlank()) {
            List<String> kept = List.of(families.toUpperCase(java.util.Locale.ROOT).split("\\s*,\\s*"));
            weights.keySet().removeIf(source -> !kept.contains(source.family().name()));
        }
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("no request family named in '" + families + "'");
        }
        return this;
    }

    /** Starts drawing {@code total} requests from {@code seed}. */
    StormPlan start(long seed, int total) {
        random = new Random(seed);
        count = total;
        drawn = 0;
        List<HostileRequest> fixed = new ArrayList<>();
        weights.keySet().forEach(source -> fixed.addAll(source.fixed()));
        fixedAt.clear();
        fixed.forEach(request -> fixedAt.put(freePosition(), request));
        return this;
    }

    /** The next request, empty when all were drawn. */
    synchronized Optional<HostileRequest> next() {
        if (drawn >= count) {
            return Optional.empty();
        }
        HostileRequest fixed = fixedAt.remove(drawn);
        drawn++;
        return Optional.of(fixed != null ? fixed : pick(random.nextInt(totalWeight())).next(random));
    }

    private int freePosition() {
        int position = random.nextInt(count);
        while (fixedAt.containsKey(position)) {
            position = (position + 1) % count;
        }
        return position;
    }

    private int totalWeight() {
        return weights.values().stream().mapToInt(Integer::intValue).sum();
    }

    private RequestSource pick(int ticket) {
        int passed = 0;
        for (Map.Entry<RequestSource, Integer> entry : weights.entrySet()) {
            passed += entry.getValue();
            if (ticket < passed) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException("ticket " + ticket + " beyond the weights " + weights.values());
    }
}
