package com.clientele.place;

import com.clientele.vocabulary.Language;
import java.util.List;

/**
 * One canonical place of the place table: a region (province, municipality, autonomous region, SAR or state) or a
 * city of a region, with its English and Chinese display names and the other spellings customers type for it.
 * {@code regionId} is the city's region; null for a region.
 */
public record Place(String id, PlaceKind kind, String regionId, String nameEn, String nameZh, List<String> aliases) {

    public Place {
        aliases = List.copyOf(aliases);
    }

    /** The display name in a language. */
    public String name(Language language) {
        return language == Language.ZH ? nameZh : nameEn;
    }

    /** Every spelling that names this place: its id, both display names and the aliases. */
    public List<String> spellings() {
        List<String> spellings = new java.util.ArrayList<>(List.of(id, nameEn, nameZh));
        spellings.addAll(aliases);
        return spellings;
    }
}
