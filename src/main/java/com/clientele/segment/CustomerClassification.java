package com.clientele.segment;

import com.clientele.vocabulary.CustomerClasses;
import java.time.LocalDate;

/**
 * GraphQL {@code CustomerClassification}: a customer's classes (the shared {@link CustomerClasses}, read back as
 * the last refreshes stored them) and when and by which refresh they were classified. The accessors below are the
 * GraphQL fields; the classes themselves are kept once, in {@code classes}.
 */
public record CustomerClassification(CustomerClasses classes, LocalDate classifiedAsOf, int ordersAfterAnalysisDate,
        int classifiedBy) {

    public String valueTier() {
        return classes.valueTier();
    }

    public String rfmSegment() {
        return classes.rfmSegment();
    }

    public String lifecycle() {
        return classes.lifecycle();
    }

    public String behaviour() {
        return classes.behaviour();
    }

    public String breadth() {
        return classes.breadth();
    }

    public String channel() {
        return classes.channel();
    }

    public boolean discountSeeking() {
        return classes.discountSeeking();
    }

    public boolean newProductSeeking() {
        return classes.newProductSeeking();
    }
}
