package com.clientele.clv;

/** Predicted CLV of one class of a dimension: customers in it, how many have a prediction, their total and mean. */
public record SegmentClv(String className, int customers, int predictedCustomers, double totalPredictedValue,
                         Double averagePredictedValue) {
}
