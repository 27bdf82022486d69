package com.clientele.segment;

/** A buyer's RFM scores (1..5) and the segment read from them: GraphQL {@code Rfm}. */
public record RfmScores(int recency, int frequency, int monetary, String segment) {
}
