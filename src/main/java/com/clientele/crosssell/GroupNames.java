package com.clientele.crosssell;

import com.clientele.catalog.Category;
import com.clientele.place.PlaceTable;
import com.clientele.vocabulary.DisplayName;
import com.clientele.vocabulary.Language;
import com.clientele.strategy.PlaybookFile;
import com.clientele.vocabulary.SegmentDimension;
import com.clientele.strategy.Strategy;

/**
 * The display names of a recommendation's group, for its reason: a category gap's category by its names, a region
 * by the place table's names (what the customer typed, or the country, when the table does not know it), a segment
 * (lifecycle stage) by its stored playbook name, else the shipped playbook's.
 */
public final class GroupNames {

    private static final PlaybookFile DEFAULTS = PlaybookFile.fromClasspath();

    private final PlaceTable places;

    public GroupNames(PlaceTable places) {
        this.places = places;
    }

    /** The names of a category; the id alike in both languages only when the category is gone from the catalogue. */
    public static DisplayName ofCategory(Category category, String categoryId) {
        if (category == null || category.name() == null || category.name().isBlank()) {
            return DisplayName.same(categoryId);
        }
        return new DisplayName(category.name(), category.nameZh());
    }

    /** The names of a popular-in-region group: a canonical region id, else the typed region or the country. */
    public DisplayName ofRegion(String group) {
        return places.byId(group).map(place -> new DisplayName(place.nameEn(), place.nameZh()))
                .orElseGet(() -> DisplayName.same(group));
    }

    /** The names of a popular-in-segment group (a lifecycle stage) from its strategy, null when none is stored. */
    public static DisplayName ofSegment(Strategy stored, String lifecycle) {
        Strategy strategy = stored;
        if (strategy == null && SegmentDimension.LIFECYCLE.hasClass(lifecycle)) {
            strategy = DEFAULTS.defaultFor(SegmentDimension.LIFECYCLE, lifecycle);
        }
        if (strategy == null) {
            return DisplayName.same(lifecycle);
        }
        return new DisplayName(strategy.text(Language.EN).name(), strategy.text(Language.ZH).name());
    }
}
