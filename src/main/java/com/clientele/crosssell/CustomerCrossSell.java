package com.clientele.crosssell;

import java.util.List;

/** One customer's entry of a batch answer: the id asked for and the recommendations (empty for an unknown id). */
public record CustomerCrossSell(String customerId, List<Recommendation> recommendations) {
}
