package com.clientele.segment;

import com.clientele.graphql.ClientException;
import com.clientele.graphql.ErrorCode;
import com.clientele.graphql.PageRequest;
import com.clientele.neo4j.Graph;
import com.clientele.customer.Customer;
import com.clientele.graphql.Page;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Value;

/**
 * The refresh records and the class snapshots between them: which refresh a point in time means, and who moved
 * between classes from one refresh to another (only customers with a snapshot in between can have moved).
 */
public final class RefreshHistory {

    private final Graph graph;

    public RefreshHistory(Graph graph) {
        this.graph = graph;
    }

    /** The newest {@code limit} refreshes, newest first. */
    public List<RefreshRecord> newest(int limit) {
        return graph.read("segment/refresh-list", Map.of("limit", limit),
                row -> RefreshRecord.from(row.get("refresh")));
    }

    public Optional<RefreshRecord> bySeq(long seq) {
        return graph.readOne("segment/refresh-by-seq", Map.of("seq", seq),
                row -> RefreshRecord.from(row.get("refresh")));
    }

    /** The newest finished refresh before {@code before} (if given) with an analysis date on or before {@code date}. */
    public Optional<RefreshRecord> latest(Integer before, LocalDate date) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("before", before);
        parameters.put("date", date);
        return graph.readOne("segment/refresh-latest", parameters, row -> RefreshRecord.from(row.get("refresh")));
    }

    /** The finished refresh a {@code TransitionPoint} input names; NOT_FOUND when there is none. */
    public RefreshRecord resolve(Map<String, Object> point, String argument) {
        Integer seq = (Integer) point.get("refreshSeq");
        LocalDate date = (LocalDate) point.get("date");
        if ((seq == null) == (date == null)) {
            throw ClientException.badInput(argument + " needs exactly one of refreshSeq and date");
        }
        Optional<RefreshRecord> found = seq != null ? bySeq(seq).filter(refresh -> refresh.finishedAt() != null)
                : latest(null, date);
        return found.orElseThrow(() -> new ClientException(ErrorCode.NOT_FOUND, seq != null
                ? argument + ": there is no finished refresh with seq " + seq
                : argument + ": no refresh has an analysis date on or before " + date));
    }

    /** Every pair of classes customers moved between, with how many moved. */
    public List<TransitionCount> counts(String dimension, int fromSeq, int toSeq) {
        return graph.read("segment/transition-counts", Map.of("dimension", dimension, "fromSeq", fromSeq,
                "toSeq", toSeq), row -> new TransitionCount(nullable(row.get("fromClass")),
                row.get("toClass").asString(), row.get("customers").asInt()));
    }

    /** One page of the moved customers, by id, optionally only from or to given classes. */
    public Page<CustomerTransition> customers(String dimension, int fromSeq, int toSeq, String fromClass,
            String toClass, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>(Map.of("dimension", dimension, "fromSeq", fromSeq,
                "toSeq", toSeq, "offset", page.offset(), "limit", page.limit()));
        parameters.put("fromClass", fromClass);
        parameters.put("toClass", toClass);
        return graph.read("segment/transition-customers", parameters, row -> new Page<>(row.get("moves").asList(
                move -> new CustomerTransition(Customer.from(move.get("customer")), nullable(move.get("fromClass")),
                        move.get("toClass").asString())), row.get("total").asInt())).get(0);
    }

    private static String nullable(Value value) {
        return value.isNull() ? null : value.asString();
    }
}
