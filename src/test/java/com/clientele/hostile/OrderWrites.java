package com.clientele.hostile;

import com.clientele.hostile.GraphQLValues.EnumToken;
import com.clientele.hostile.GraphQLValues.RawLiteral;
import com.clientele.hostile.MutationDocument.Write;
import com.clientele.ingest.InputBounds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * recordOrder with inputs that must be refused before anything is written (issue 12 points 6 and 9): quantities of
 * 2147483647 and prices of 1.7976931348623157e308 (a total of Infinity), negative prices, non-positive quantities,
 * discounts outside [0, 1), unknown customers and products, dates before the sign-up, no lines; several at once,
 * each to be reported; for new order ids and as a replay of existing orders. An unknown customer has no sign-up
 * date, so with an early orderedAt it is one problem, not two; a flood of unknown products fills the order up to
 * {@link InputBounds#MAX_ORDER_LINES} lines (beyond it the count alone is reported and no line is read).
 */
final class OrderWrites implements RequestSource {

    private static final String SELECTION = "order { id total } userErrors { code field message }";
    private static final int LINE_KINDS_FROM = 4;

    private final KnownIds ids;
    private final StormKeys keys;

    OrderWrites(KnownIds ids, StormKeys keys) {
        this.ids = ids;
        this.keys = keys;
    }

    @Override
    public Family family() {
        return Family.HOSTILE_WRITES;
    }

    @Override
    public HostileRequest next(Random random) {
        boolean existing = random.nextInt(5) == 0;
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("id", existing ? KnownIds.pick(ids.orders(), random) : "storm-o-" + random.nextInt(1_000_000));
        order.put("customerId", KnownIds.pick(ids.orderableCustomers(), random));
        order.put("orderedAt", KnownIds.ORDER_DATE);
        order.put("channel", new EnumToken("ONLINE"));
        order.put("discount", 0.1);
        List<Map<String, Object>> lines = new ArrayList<>(List.of(line(random)));
        order.put("lines", lines);
        List<Integer> kinds = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11));
        Collections.shuffle(kinds, random);
        List<String> problems = new ArrayList<>();
        int count = 0;
        List<Integer> chosen = new ArrayList<>(kinds.subList(0, 1 + random.nextInt(3)));
        if (chosen.contains(3)) {
            chosen.removeIf(kind -> kind >= LINE_KINDS_FROM);
        }
        for (int kind : chosen) {
            problems.add(plant(kind, order, lines, random));
            count += kind == 11 ? 2 : 1;
        }
        if (chosen.contains(0) && chosen.contains(1)) {
            count -= 1;
        }
        if (!chosen.contains(3) && random.nextInt(40) == 0) {
            problems.add("lines of unknown products up to the 1,000 an order may have");
            for (int index = lines.size(); index < InputBounds.MAX_ORDER_LINES; index++) {
                lines.add(new LinkedHashMap<>(Map.of("productId", "storm-p-" + index, "quantity", 1,
                        "unitPrice", 1.0)));
            }
            count += 1;
        }
        String description = "recordOrder (" + (existing ? "replay of an existing order" : "new order") + ") with "
                + String.join(", ", problems);
        return MutationDocument.of(description, keys.allowedFor(random.nextBoolean()), List.of(new Write(
                "recordOrder", "RecordOrderInput", order, SELECTION, count)), random.nextInt(3) == 0);
    }

    private String plant(int kind, Map<String, Object> order, List<Map<String, Object>> lines, Random random) {
        Map<String, Object> line = kind < LINE_KINDS_FROM ? null : line(random);
        if (line != null) {
            lines.add(line);
        }
        return switch (kind) {
            case 0 -> put(order, "customerId", "storm-nobody-" + random.nextInt(1_000), "unknown customer");
            case 1 -> put(order, "orderedAt", HttpFraming.pick(List.of("2000-01-01T00:00:00Z",
                    "0001-01-01T00:00:00Z", "1970-01-01T00:00:00Z"), random), "orderedAt before the sign-up");
            case 2 -> put(order, "discount", List.of(1.0, -0.5, 2_147_483_647, 1.7976931348623157e308, -0.0001)
                    .get(random.nextInt(5)), "discount outside [0, 1)");
            case 3 -> put(order, "lines", new ArrayList<>(), "no lines");
            case 4 -> put(put(line, "quantity", 2_147_483_647), "unitPrice", 1.7976931348623157e308,
                    "quantity 2147483647 at 1.7976931348623157e308");
            case 5 -> put(line, "quantity", 2_147_483_647, "quantity 2147483647");
            case 6 -> put(line, "unitPrice", 1.7976931348623157e308, "unitPrice 1.7976931348623157e308");
            case 7 -> put(line, "unitPrice", List.of(-1.0, -0.01, -1.7976931348623157e308).get(random.nextInt(3)),
                    "negative unitPrice");
            case 8 -> put(line, "quantity", List.of(0, -1, -2_147_483_648).get(random.nextInt(3)),
                    "quantity not positive");
            case 9 -> put(line, "unitPrice", new RawLiteral("1e309"), "unitPrice 1e309");
            case 10 -> put(line, "productId", "storm-p-" + random.nextInt(1_000) + "\u0000", "unknown product");
            default -> put(put(line, "productId", "storm-p-unknown"), "quantity", -1,
                    "unknown product and negative quantity on one line");
        };
    }

    private Map<String, Object> line(Random random) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("productId", KnownIds.pick(ids.products(), random));
        line.put("quantity", 1 + random.nextInt(3));
        line.put("unitPrice", 10 + random.nextInt(500) + 0.5);
        return line;
    }

    private static Map<String, Object> put(Map<String, Object> target, String field, Object value) {
        target.put(field, value);
        return target;
    }

    private static String put(Map<String, Object> target, String field, Object value, String description) {
        target.put(field, value);
        return description;
    }
}
