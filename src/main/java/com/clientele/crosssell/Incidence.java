package com.clientele.crosssell;

import java.util.BitSet;
import java.util.List;

/** Sparse incidence arrays for the model builder: which products each customer bought, and the inverse. */
final class Incidence {

    private Incidence() {
    }

    /** Each customer's distinct products over the given baskets, ascending. */
    static int[][] customerItems(List<Basket> baskets, int customers, int products) {
        BitSet[] bought = new BitSet[customers];
        for (Basket basket : baskets) {
            if (bought[basket.customer()] == null) {
                bought[basket.customer()] = new BitSet(products);
            }
            for (int item : basket.items()) {
                bought[basket.customer()].set(item);
            }
        }
        int[][] items = new int[customers][];
        for (int c = 0; c < customers; c++) {
            items[c] = bought[c] == null ? new int[0] : bought[c].stream().toArray();
        }
        return items;
    }

    /** For each column (product), the rows (customers or baskets) that contain it, ascending. */
    static int[][] invert(int[][] rows, int columns) {
        int[] sizes = new int[columns];
        for (int[] row : rows) {
            for (int column : row) {
                sizes[column]++;
            }
        }
        int[][] inverse = new int[columns][];
        for (int column = 0; column < columns; column++) {
            inverse[column] = new int[sizes[column]];
        }
        int[] filled = new int[columns];
        for (int r = 0; r < rows.length; r++) {
            for (int column : rows[r]) {
                inverse[column][filled[column]++] = r;
            }
        }
        return inverse;
    }
}
