package com.clientele.segment;

import com.clientele.neo4j.Graph;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Value;

/** The :Refresh records: their sequence numbers, analysis dates and the thresholds a full refresh computed. */
public final class RefreshRepository {

    /** The last finished full refresh: its analysis date and thresholds. */
    public record FullRefresh(long seq, LocalDate asOf, Thresholds thresholds) {
    }

    private final Graph graph;

    public RefreshRepository(Graph graph) {
        this.graph = graph;
    }

    public long start(LocalDate asOf, String kind) {
        return graph.write("segment/start-refresh", Map.of("asOf", asOf, "kind", kind),
                row -> row.get("seq").asLong()).get(0);
    }

    public void finish(long seq, Thresholds t, int customers, int changed) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("customers", customers);
        properties.put("changed", changed);
        properties.put("valueHigh", t.valueHigh());
        properties.put("valueMid", t.valueMid());
        properties.put("recencyCuts", t.recencyCuts());
        properties.put("frequencyCuts", t.frequencyCuts());
        properties.put("monetaryCuts", t.monetaryCuts());
        properties.put("churnAfterDays", t.churnAfterDays());
        properties.put("loyalMinOrders", t.loyalMinOrders());
        properties.put("broadMinCategories", t.broadMinCategories());
        graph.write("segment/finish-refresh", Map.of("seq", seq, "properties", properties));
    }

    /**
     * Marks every refresh that started but never finished as abandoned (now): run at start-up, before this process
     * starts a refresh of its own, so an unfinished one belongs to a process that was killed or failed. Returns
     * their sequence numbers.
     */
    public List<Long> abandonUnfinished() {
        return graph.write("segment/abandon-unfinished", Map.of(), record -> record.get("seq").asLong());
    }

    public Optional<FullRefresh> latestFull() {
        return graph.readOne("segment/latest-full-refresh", Map.of(), row -> toFullRefresh(row.get("refresh")));
    }

    /** The day after the newest order, the default analysis date; empty when there are no orders. */
    public Optional<LocalDate> dayAfterLatestOrder() {
        return graph.readOne("segment/latest-order-instant", Map.of(), row -> row.get("latest").asZonedDateTime())
                .map(latest -> latest.withZoneSameInstant(ZoneOffset.UTC).toLocalDate().plusDays(1));
    }

    private static FullRefresh toFullRefresh(Value r) {
        Thresholds thresholds = new Thresholds(r.get("valueHigh").asDouble(), r.get("valueMid").asDouble(),
                doubles(r.get("recencyCuts")), doubles(r.get("frequencyCuts")), doubles(r.get("monetaryCuts")),
                r.get("churnAfterDays").asDouble(), r.get("loyalMinOrders").asDouble(),
                r.get("broadMinCategories").asDouble());
        return new FullRefresh(r.get("seq").asLong(), r.get("asOf").asLocalDate(), thresholds);
    }

    private static List<Double> doubles(Value list) {
        return list.asList(Value::asDouble);
    }
}
