package com.clientele.segment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The numbers of the segmentation rules as the schema descriptions print them, so every enum value states the
 * thresholds the server really classifies with. Keys are the segmentation.yaml paths (e.g. {@code lifecycle.newDays},
 * {@code rfm.quintiles} as {@code 0.2/0.4/0.6/0.8}), each also as {@code key|percent} ({@code 0.9} → {@code 90 %}),
 * plus the fixed numbers of the rules under {@code rules.}.
 */
public final class RuleTexts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RuleTexts() {
    }

    /** Placeholder name → text, for {@code {{name}}} in the SDL. */
    public static Map<String, String> of(SegmentationConfig config) {
        Map<String, String> texts = new TreeMap<>();
        flatten("", JSON.valueToTree(config), texts);
        texts.put("rules.unstableMinOrders", Integer.toString(Classifier.UNSTABLE_MIN_ORDERS));
        texts.put("rules.decliningMinPreviousOrders", Integer.toString(Classifier.DECLINING_MIN_PREVIOUS_ORDERS));
        texts.put("rules.loyalMinOrdersFloor", Integer.toString(Thresholds.LOYAL_MIN_ORDERS_FLOOR));
        return texts;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> texts) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> flatten(prefix + field.getKey() + ".", field.getValue(), texts));
            return;
        }
        String key = prefix.substring(0, prefix.length() - 1);
        if (node.isArray()) {
            List<String> parts = new ArrayList<>();
            node.forEach(element -> parts.add(number(element)));
            texts.put(key, String.join("/", parts));
            return;
        }
        texts.put(key, node.isNumber() ? number(node) : node.asText());
        if (node.isNumber()) {
            texts.put(key + "|percent", plain(node.decimalValue().movePointRight(2)) + " %");
        }
    }

    private static String number(JsonNode node) {
        return node.isNumber() ? plain(node.decimalValue()) : node.asText();
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
    }
}
