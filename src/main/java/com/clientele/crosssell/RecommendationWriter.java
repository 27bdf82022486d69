package com.clientele.crosssell;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes customers' recommendations as they come: CSV (one row per recommendation, header
 * {@code customer_id,rank,product_id,score,category_id,reason_kind,reason}) or JSON Lines (one object per customer).
 */
public final class RecommendationWriter implements AutoCloseable {

    /** The export formats. */
    public enum Format { CSV, JSONL }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Writer out;
    private final CSVPrinter csv;
    private final Function<Recommendation, String> reasons;

    /** A writer whose reasons name groups as stored (ids); the export command names them by display names. */
    public RecommendationWriter(Writer out, Format format) throws IOException {
        this(out, format, Recommendation::reason);
    }

    public RecommendationWriter(Writer out, Format format, Function<Recommendation, String> reasons)
            throws IOException {
        this.out = out;
        this.reasons = reasons;
        this.csv = format == Format.CSV ? new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("customer_id",
                "rank", "product_id", "score", "category_id", "reason_kind", "reason").build()) : null;
    }

    public void write(String customerId, List<Recommendation> recommendations) throws IOException {
        if (csv != null) {
            for (int i = 0; i < recommendations.size(); i++) {
                Recommendation r = recommendations.get(i);
                csv.printRecord(customerId, i + 1, r.productId(), String.format(Locale.ROOT, "%.6f", r.score()),
                        r.categoryId(), r.reasonKind(), reasons.apply(r));
            }
            return;
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("customerId", customerId);
        line.put("recommendations", recommendations.stream().map(this::json).toList());
        out.write(JSON.writeValueAsString(line));
        out.write('\n');
    }

    private Map<String, Object> json(Recommendation r) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("productId", r.productId());
        item.put("score", r.score());
        item.put("categoryId", r.categoryId());
        item.put("reasonKind", r.reasonKind().name());
        item.put("reason", reasons.apply(r));
        return item;
    }

    @Override
    public void close() throws IOException {
        if (csv != null) {
            csv.close(true);
            return;
        }
        out.close();
    }
}
