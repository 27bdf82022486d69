package com.clientele.crosssell;

/**
 * One order as the co-purchase model sees it: its customer (index into the {@link BasketLog}), when it was placed,
 * and the distinct merchandise products it contained (indexes into the log's product list).
 */
public record Basket(int customer, String orderId, long epochSecond, int[] items) {

    /** The UTC day number of the order. */
    public long day() {
        return Math.floorDiv(epochSecond, 86_400L);
    }
}
