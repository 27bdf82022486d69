package com.clientele.seed;

import java.util.List;

/** Products bought together: when a basket holds one of them it usually holds the others too. */
record Bundle(String id, List<Integer> productIndexes) {
}
