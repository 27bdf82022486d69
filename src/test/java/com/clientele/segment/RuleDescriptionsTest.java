package com.clientele.segment;

import static com.clientele.segment.StatedRules.NUMBER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The class descriptions a client reads (introspection) state the rules that run with the thresholds of the
 * server's own segmentation.yaml: a server started on a file where every number differs from the defaults names
 * exactly those numbers.
 */
class RuleDescriptionsTest {

    private static StatedRules rules;

    @BeforeAll
    static void startAServerOnOtherRules() {
        rules = StatedRules.start();
    }

    @AfterAll
    static void stop() {
        rules.close();
    }

    @Test
    void everyThresholdTheDescriptionsNameIsTheConfiguredOne() {
        SegmentationConfig config = rules.config;
        var lifecycle = config.lifecycle();
        var behaviour = config.behaviour();
        List<String> wrong = new ArrayList<>();
        check(wrong, "ValueTier.HIGH", "at or above the " + NUMBER + " quantile", config.valueTier().highQuantile());
        check(wrong, "ValueTier.MID", "at or above the " + NUMBER + " quantile", config.valueTier().midQuantile());
        check(wrong, "ValueTier.MID", "below the " + NUMBER + " quantile", config.valueTier().highQuantile());
        check(wrong, "ValueTier.LOW", "below the " + NUMBER + " quantile", config.valueTier().midQuantile());
        checkText(wrong, "RfmSegment", "the ([0-9./]+) quantiles", "0.1/0.3/0.5/0.7");
        check(wrong, "Lifecycle.NEW", "at most " + NUMBER + " days", lifecycle.newDays());
        check(wrong, "Lifecycle.ONE_TIME", "more than " + NUMBER + " days", lifecycle.newDays());
        checkText(wrong, "Lifecycle.ONE_TIME", "(exactly one purchase day)", "exactly one purchase day");
        checkText(wrong, "Lifecycle", "first that holds wins: ([A-Z_, ]+)\\.",
                "PROSPECT, CHURNED, NEW, ONE_TIME, DECLINING, MATURE, GROWING");
        for (String repeatOnly : List.of("Lifecycle.GROWING", "Lifecycle.MATURE", "Lifecycle.DECLINING",
                "Behaviour.LOYAL", "Behaviour.REGULAR")) {
            checkText(wrong, repeatOnly, "(a repeat buyer)", "a repeat buyer");
        }
        checkText(wrong, "Behaviour.ONE_TIME", "(exactly one purchase day)", "exactly one purchase day");
        checkText(wrong, "Behaviour", "first that holds wins: ([A-Z_, ]+)\\.",
                "CHURNED, ONE_TIME, UNSTABLE, LOYAL, REGULAR");
        check(wrong, "Lifecycle.CHURNED", "the " + NUMBER + " quantile of repeat buyers", lifecycle.churnGapQuantile());
        check(wrong, "Lifecycle.CHURNED", "clamped to " + NUMBER + "\\.\\.", lifecycle.churnMinDays());
        check(wrong, "Lifecycle.CHURNED", "clamped to [0-9]+\\.\\." + NUMBER + " days", lifecycle.churnMaxDays());
        check(wrong, "Lifecycle.CHURNED", "\\(" + NUMBER + " × the customer's own mean gap", lifecycle.overdueFactor());
        check(wrong, "Lifecycle.CHURNED", "never more than " + NUMBER + " days", lifecycle.churnMaxDays());
        check(wrong, "Lifecycle.DECLINING", "at least " + NUMBER + " orders in the previous",
                Classifier.DECLINING_MIN_PREVIOUS_ORDERS);
        check(wrong, "Lifecycle.DECLINING", "in the previous " + NUMBER + "-day window", config.windows().recentDays());
        check(wrong, "Lifecycle.DECLINING", "at most " + NUMBER + " × those", lifecycle.decliningRatio());
        check(wrong, "Lifecycle.DECLINING", "more than " + NUMBER + " × the customer's own mean gap",
                lifecycle.overdueFactor());
        check(wrong, "Lifecycle.MATURE", "more than " + NUMBER + " days", lifecycle.matureDays());
        check(wrong, "Lifecycle.GROWING", "at most " + NUMBER + " days", lifecycle.matureDays());
        checkText(wrong, "Behaviour.UNSTABLE", "(lifecycle MATURE or DECLINING)", "lifecycle MATURE or DECLINING");
        check(wrong, "Behaviour.UNSTABLE", "at least " + NUMBER + " orders", Classifier.UNSTABLE_MIN_ORDERS);
        check(wrong, "Behaviour.UNSTABLE", "above " + NUMBER, behaviour.unstableMinCv());
        check(wrong, "Behaviour.LOYAL", "max\\(" + NUMBER + ", the", Thresholds.LOYAL_MIN_ORDERS_FLOOR);
        check(wrong, "Behaviour.LOYAL", "the " + NUMBER + " quantile of buyers' order counts",
                behaviour.loyalFrequencyQuantile());
        check(wrong, "Behaviour.LOYAL", "variation at most " + NUMBER, behaviour.regularMaxCv());
        checkText(wrong, "Behaviour.LOYAL", "(lifecycle not DECLINING)", "lifecycle not DECLINING");
        check(wrong, "Breadth.BROAD", "max\\(" + NUMBER + ", the", config.breadth().broadMinCategories());
        check(wrong, "Breadth.BROAD", "the " + NUMBER + " quantile", config.breadth().broadQuantile());
        check(wrong, "ChannelClass.ONLINE", "at least " + NUMBER + " %", config.channel().onlineMinShare() * 100);
        check(wrong, "ChannelClass.OFFLINE", "at most " + NUMBER + " %", config.channel().offlineMaxShare() * 100);
        check(wrong, "ChannelClass.MIXED", "more than " + NUMBER + " %", config.channel().offlineMaxShare() * 100);
        check(wrong, "ChannelClass.MIXED", "less than " + NUMBER + " %", config.channel().onlineMinShare() * 100);
        check(wrong, "CustomerClassification.discountSeeking", "at least " + NUMBER,
                config.preferences().discountSeekingShare());
        check(wrong, "CustomerClassification.newProductSeeking", "within " + NUMBER + " days",
                config.windows().newProductDays());
        check(wrong, "CustomerClassification.newProductSeeking", "at least " + NUMBER,
                config.preferences().newProductSeekingShare());
        check(wrong, "CustomerSegmentMetrics.recentOrders", "the " + NUMBER + " days before",
                config.windows().recentDays());
        assertEquals(List.of(), wrong);
    }

    @Test
    void noDescriptionOfTheSchemaLeavesAPlaceholderUnfilled() {
        String schema = rules.api.graphql("{ __schema { types { name description fields { description }"
                + " enumValues { description } inputFields { description } } } }").toString();
        assertFalse(schema.contains("{{"), "an unfilled placeholder in: " + schema);
        assertTrue(schema.contains("at most 45 days"), "the configured NEW window is named");
    }

    private static void check(List<String> wrong, String where, String regex, double configured) {
        boolean right = rules.says(where, regex).map(Double::parseDouble)
                .filter(stated -> Math.abs(stated - configured) < 1e-9).isPresent();
        if (!right) {
            wrong.add(where + " should say '" + regex + "' with " + configured + ": " + rules.description(where));
        }
    }

    private static void checkText(List<String> wrong, String where, String regex, String configured) {
        if (!rules.says(where, regex).filter(configured::equals).isPresent()) {
            wrong.add(where + " should say '" + configured + "': " + rules.description(where));
        }
    }
}
