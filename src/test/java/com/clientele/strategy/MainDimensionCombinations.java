package com.clientele.strategy;

import com.clientele.vocabulary.SegmentDimension;
import java.util.ArrayList;
import java.util.List;

/** Every combination of one class from each of the six main dimensions, as lists in dimension order. */
final class MainDimensionCombinations {

    private MainDimensionCombinations() {
    }

    static List<List<String>> all() {
        List<List<String>> combinations = List.of(List.of());
        for (SegmentDimension dimension : SegmentDimension.values()) {
            if (dimension.isMain()) {
                combinations = extend(combinations, dimension.classes());
            }
        }
        return combinations;
    }

    private static List<List<String>> extend(List<List<String>> prefixes, List<String> classes) {
        List<List<String>> longer = new ArrayList<>();
        for (List<String> prefix : prefixes) {
            for (String className : classes) {
                List<String> next = new ArrayList<>(prefix);
                next.add(className);
                longer.add(next);
            }
        }
        return longer;
    }
}
