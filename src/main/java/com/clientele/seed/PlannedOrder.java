package com.clientele.seed;

import java.util.List;

/** A generated order before it gets its id: when (UTC epoch second), where, the discount in hundredths, lines. */
record PlannedOrder(long epochSecond, String channel, int discountHundredths, List<OrderLine> lines) {
}
