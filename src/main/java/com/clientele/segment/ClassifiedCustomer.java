package com.clientele.segment;

import static com.clientele.neo4j.Values.bool;
import static com.clientele.neo4j.Values.date;
import static com.clientele.neo4j.Values.integer;
import static com.clientele.neo4j.Values.number;
import static com.clientele.neo4j.Values.optionalNumber;
import static com.clientele.neo4j.Values.string;

import com.clientele.vocabulary.CustomerClasses;
import com.clientele.vocabulary.DisplayName;
import com.clientele.vocabulary.SegmentDimension;
import java.time.LocalDate;
import org.neo4j.driver.Value;

/**
 * What the last segment refresh stored on one customer (see {@link ClassificationProperties}): its classes,
 * metrics and RFM scores ({@code rfm} is null for a prospect), read back for the {@code Customer} fields; its classes
 * include the churn risk the last CLV fit and the influence class the last referral refresh stored (null until
 * they ran), and the favourite category's display names (null without one).
 */
public record ClassifiedCustomer(String customerId, CustomerClassification classes, CustomerMetrics metrics,
        RfmScores rfm, String favouriteCategoryId) {

    /** Maps the projection of cypher/segment/classified-by-ids.cypher. */
    public static ClassifiedCustomer from(Value c) {
        LocalDate asOf = date(c, "classifiedAsOf");
        CustomerMetrics metrics = new CustomerMetrics(string(c, "id"), count(c, "orderCount"), number(c, "monetary", 0),
                number(c, "averageOrderValue", 0), date(c, "firstOrderDate"), date(c, "lastOrderDate"),
                integer(c, "recencyDays"), integer(c, "tenureDays"), optionalNumber(c, "meanGapDays"),
                optionalNumber(c, "gapCv"), count(c, "recentOrders"), count(c, "previousOrders"),
                number(c, "recentSpend", 0), number(c, "previousSpend", 0), count(c, "distinctCategories"),
                number(c, "breadthScore", 0), number(c, "onlineShare", 0), number(c, "discountShare", 0),
                number(c, "newProductShare", 0), string(c, "favouriteCategoryId"));
        CustomerClasses stored = CustomerClasses.of(string(c, "valueTier"), string(c, "rfmSegment"),
                        string(c, "lifecycle"), string(c, "behaviour"), string(c, "breadth"), string(c, "channelClass"))
                .withChurnRisk(classOf(SegmentDimension.CHURN_RISK, string(c, "churnRisk")))
                .withInfluence(classOf(SegmentDimension.INFLUENCE, string(c, "influenceClass")))
                .withPreferences(bool(c, "discountSeeking", false), bool(c, "newProductSeeking", false),
                        categoryName(c));
        CustomerClassification classes = new CustomerClassification(stored, asOf, count(c, "ordersAfterAnalysisDate"),
                integer(c, "classifiedBy"));
        return new ClassifiedCustomer(string(c, "id"), classes, metrics, rfm(c), string(c, "favouriteCategoryId"));
    }

    /** The classes as the next-best-action rules take them: all eight dimensions and the preference flags. */
    public CustomerClasses toCustomerClasses() {
        return classes.classes();
    }

    private static DisplayName categoryName(Value c) {
        String name = string(c, "favouriteCategoryName");
        return name == null || name.isBlank() ? null : new DisplayName(name, string(c, "favouriteCategoryNameZh"));
    }

    /** A stored class of a later dimension, or null when none is stored or it is not a class of that dimension. */
    private static String classOf(SegmentDimension dimension, String stored) {
        return stored != null && dimension.hasClass(stored) ? stored : null;
    }

    private static RfmScores rfm(Value c) {
        Integer recency = integer(c, "recencyScore");
        if (recency == null) {
            return null;
        }
        return new RfmScores(recency, integer(c, "frequencyScore"), integer(c, "monetaryScore"),
                string(c, "rfmSegment"));
    }

    private static int count(Value c, String key) {
        Integer value = integer(c, key);
        return value == null ? 0 : value;
    }
}
