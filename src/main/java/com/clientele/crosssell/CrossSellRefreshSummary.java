package com.clientele.crosssell;

/** What a cross-sell refresh did: data read, links kept, and how long each step took. */
public record CrossSellRefreshSummary(long version, int baskets, int products, int links, int popularLists,
        long readMillis, long buildMillis, long writeMillis) {

    public long totalMillis() {
        return readMillis + buildMillis + writeMillis;
    }
}
