package com.clientele.clv;

import com.clientele.neo4j.Graph;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Reads every buyer's {@link CustomerHistory} from the graph with cypher/clv/histories.cypher: orders of the same
 * (UTC) day are one transaction, as {@link CustomerHistories} merges them, so both give the same summaries.
 */
public final class ClvHistoryReader {

    private final Graph graph;

    public ClvHistoryReader(Graph graph) {
        this.graph = graph;
    }

    /** Histories keyed by customer id; customers without a purchase on or before the calibration end are absent. */
    public SortedMap<String, CustomerHistory> read(LocalDate calibrationEnd, ClvTimeUnit unit) {
        Map<String, Object> parameters = Map.of("calibrationEnd", calibrationEnd, "daysPerUnit", unit.daysPerUnit());
        return graph.readInto("clv/histories", parameters, TreeMap::new,
                (histories, row) -> histories.put(row.get("id").asString(), history(row, unit)));
    }

    /** Every buyer's distinct purchase days on or before the calibration end, oldest first, by customer id. */
    public Map<String, List<LocalDate>> purchaseDays(LocalDate calibrationEnd) {
        return graph.readInto("clv/transaction-days", Map.of("calibrationEnd", calibrationEnd), HashMap::new,
                (days, row) -> days.put(row.get("id").asString(), row.get("days").asList(Value::asLocalDate)));
    }

    private static CustomerHistory history(Record row, ClvTimeUnit unit) {
        Value spend = row.get("meanRepeatSpend");
        OptionalDouble meanRepeatSpend = spend.isNull() ? OptionalDouble.empty() : OptionalDouble.of(spend.asDouble());
        return new CustomerHistory(row.get("x").asInt(), row.get("tx").asDouble(), row.get("T").asDouble(),
                meanRepeatSpend, unit);
    }
}
