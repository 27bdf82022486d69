package com.clientele.referral;

import com.clientele.neo4j.Values;
import org.neo4j.driver.Value;

/**
 * A customer's published influence: PageRank share of the referral graph, rank (1 = most influential) and
 * influence-grid class (CHAMPION, AFFLUENT, ADVOCATE or MISER); all null until the first referral refresh.
 */
public record Influence(Double score, Integer rank, String influenceClass) {

    /** Maps the map of {@code referral/stats-by-ids}. */
    static Influence from(Value stats) {
        return new Influence(Values.optionalNumber(stats, "influenceScore"), Values.integer(stats, "influenceRank"),
                Values.string(stats, "influenceClass"));
    }
}
