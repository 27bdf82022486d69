package com.clientele.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.clientele.segment.RuleTexts;
import com.clientele.segment.SegmentationConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The placeholders of the SDL descriptions: filled from the segmentation rules, unknown ones refused by name. */
class SchemaFilesTest {

    @Test
    void theDefaultRulesPrintAsSegmentationYamlWritesThem() {
        Map<String, String> texts = RuleTexts.of(SegmentationConfig.defaults());
        List<String> keys = List.of("lifecycle.newDays", "lifecycle.overdueFactor", "valueTier.highQuantile",
                "rfm.quintiles", "channel.onlineMinShare|percent", "valueTier.basis", "rules.unstableMinOrders");
        assertEquals(List.of("60", "3", "0.8", "0.2/0.4/0.6/0.8", "90 %", "MONETARY", "3"),
                keys.stream().map(texts::get).toList());
    }

    @Test
    void aPlaceholderIsFilledAndAnUnknownOneStopsTheSchemaNamingIt() {
        Map<String, String> texts = Map.of("lifecycle.newDays", "60");
        assertEquals("\"NEW: at most 60 days.\"", SchemaFiles.filled("x.graphqls", "\"NEW: at most {{lifecycle.newDays}} days.\"",
                texts));
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> SchemaFiles.filled("x.graphqls", "\"{{lifecycle.newDayz}}\"", texts));
        assertEquals("x.graphqls names {{lifecycle.newDayz}}, which is not a configured value; known: "
                + "[lifecycle.newDays]", refused.getMessage());
    }
}
