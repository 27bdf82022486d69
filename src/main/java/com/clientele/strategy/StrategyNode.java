package com.clientele.strategy;

import com.clientele.neo4j.Values;
import com.clientele.vocabulary.Language;
import com.clientele.vocabulary.SegmentDimension;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.neo4j.driver.Value;

/**
 * How a {@link Strategy} is stored: one {@code (:Strategy)} node with its key, dimension and class, one property
 * per text and language ({@code nameEn}, {@code nameZh}, {@code actionsEn}...) and the delivery settings.
 */
final class StrategyNode {

    private StrategyNode() {
    }

    static Map<String, Object> toRow(Strategy strategy) {
        Map<String, Object> row = new HashMap<>();
        row.put("key", strategy.key());
        row.put("dimension", strategy.dimension().name());
        row.put("className", strategy.className());
        for (Language language : Language.values()) {
            StrategyText text = strategy.text(language);
            String suffix = suffix(language);
            row.put("name" + suffix, text.name());
            row.put("description" + suffix, text.description());
            row.put("objective" + suffix, text.objective());
            row.put("actions" + suffix, text.actions());
        }
        row.put("offerType", strategy.offerType().name());
        row.put("channel", strategy.channel().name());
        row.put("contactFrequency", strategy.contactFrequency().name());
        row.put("priority", strategy.priority());
        row.put("updatedAt", strategy.updatedAt());
        row.put("updatedBy", strategy.updatedBy());
        row.put("isDefault", strategy.isDefault());
        return row;
    }

    static Strategy fromValue(Value node) {
        Map<Language, StrategyText> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String suffix = suffix(language);
            texts.put(language, new StrategyText(node.get("name" + suffix).asString(),
                    node.get("description" + suffix).asString(), node.get("objective" + suffix).asString(),
                    node.get("actions" + suffix).asList(Value::asString)));
        }
        return new Strategy(
                SegmentDimension.valueOf(node.get("dimension").asString()),
                node.get("className").asString(),
                texts,
                OfferType.valueOf(node.get("offerType").asString()),
                ContactChannel.valueOf(node.get("channel").asString()),
                ContactFrequency.valueOf(node.get("contactFrequency").asString()),
                node.get("priority").asInt(),
                Values.dateTime(node, "updatedAt"),
                Values.string(node, "updatedBy"),
                Values.bool(node, "isDefault", true));
    }

    private static String suffix(Language language) {
        return language == Language.ZH ? "Zh" : "En";
    }
}
