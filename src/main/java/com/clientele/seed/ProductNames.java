package com.clientele.seed;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Product names in English and Chinese, e.g. "Aurora Smartphone X20 Pro" / "极光 智能手机 X20 Pro":
 * a brand of the department, a kind of the leaf, a model code. Names never repeat.
 */
final class ProductNames {

    private static final List<String[]> ELECTRONICS = List.of(new String[] {"Aurora", "极光"},
            new String[] {"Nimbus", "云启"}, new String[] {"Vertex", "维拓"}, new String[] {"Lumio", "流明"});
    private static final List<String[]> HOME = List.of(new String[] {"Hearth", "暖居"},
            new String[] {"Maple", "枫木"}, new String[] {"Linen & Co", "麻语"});
    private static final List<String[]> FASHION = List.of(new String[] {"Urban Loom", "织城"},
            new String[] {"Northwind", "北风"}, new String[] {"Silk Road", "丝路"}, new String[] {"Pace", "步速"});
    private static final List<String[]> BEAUTY = List.of(new String[] {"Lotus", "青莲"},
            new String[] {"Dewy", "露华"}, new String[] {"Velvet", "丝绒"});
    private static final String[] EDITIONS = {"", " Lite", " Pro", " Max", " Mini", " Plus", " Air", " Classic"};
    private static final String MODEL_LETTERS = "ACEGKMNRSTVXZ";

    private final SplittableRandom random;
    private final Set<String> used = new HashSet<>();

    ProductNames(SplittableRandom random) {
        this.random = random;
    }

    static String id(int index) {
        return CsvFiles.id("P", index + 1, 4);
    }

    /** The next unused {English, Chinese} name for a product of the leaf. */
    String[] next(LeafCategory leaf) {
        List<String[]> brands = brandsOf(leaf.departmentId());
        while (true) {
            String[] brand = brands.get(random.nextInt(brands.size()));
            String[] kind = leaf.kinds().get(random.nextInt(leaf.kinds().size()));
            String model = " " + MODEL_LETTERS.charAt(random.nextInt(MODEL_LETTERS.length()))
                    + (1 + random.nextInt(99)) + EDITIONS[random.nextInt(EDITIONS.length)];
            String english = brand[0] + " " + kind[0] + model;
            if (used.add(english)) {
                return new String[] {english, brand[1] + " " + kind[1] + model};
            }
        }
    }

    private static List<String[]> brandsOf(String department) {
        return switch (department) {
            case "electronics" -> ELECTRONICS;
            case "home" -> HOME;
            case "fashion" -> FASHION;
            default -> BEAUTY;
        };
    }
}
