package com.clientele.segment;

import com.clientele.graphql.UserError;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks a {@link SegmentFilter} before it is evaluated or saved: ranges within bounds and in order, lists of a
 * sane size, and favourite categories that exist. Enum values are already checked by the schema.
 */
public final class SegmentFilterValidator {

    static final int MAX_LIST = 1_000;

    private final Function<List<String>, Set<String>> existingCategories;

    public SegmentFilterValidator(Function<List<String>, Set<String>> existingCategories) {
        this.existingCategories = existingCategories;
    }

    /** Every problem of {@code filter}, with field paths under {@code path}; empty when it is valid. */
    public List<UserError> validate(SegmentFilter filter, List<String> path) {
        List<UserError> errors = new ArrayList<>();
        range(errors, path, "BreadthScore", filter.minBreadthScore(), filter.maxBreadthScore(), 1.0);
        range(errors, path, "Monetary", filter.minMonetary(), filter.maxMonetary(), Double.MAX_VALUE);
        range(errors, path, "Orders", number(filter.minOrders()), number(filter.maxOrders()), Double.MAX_VALUE);
        range(errors, path, "RecencyDays", number(filter.minRecencyDays()), number(filter.maxRecencyDays()),
                Double.MAX_VALUE);
        for (var component : SegmentFilter.class.getRecordComponents()) {
            if (component.getType() == List.class && size(component, filter) > MAX_LIST) {
                errors.add(UserError.at(path, component.getName(), component.getName() + " has more than "
                        + MAX_LIST + " values", SegmentErrorCode.TOO_LONG));
            }
        }
        unknownCategories(filter).forEach(id -> errors.add(UserError.at(path, "favouriteCategoryIds",
                "there is no category with id '" + id + "'", SegmentErrorCode.UNKNOWN_CATEGORY)));
        return errors;
    }

    private List<String> unknownCategories(SegmentFilter filter) {
        List<String> ids = filter.favouriteCategoryIds();
        if (ids == null || ids.isEmpty() || ids.size() > MAX_LIST) {
            return List.of();
        }
        Set<String> known = existingCategories.apply(ids);
        return ids.stream().filter(id -> !known.contains(id)).distinct().toList();
    }

    private static void range(List<UserError> errors, List<String> path, String name, Double min, Double max,
            double upperBound) {
        bound(errors, path, "min" + name, min, upperBound);
        bound(errors, path, "max" + name, max, upperBound);
        if (min != null && max != null && min > max) {
            errors.add(UserError.at(path, "min" + name, "min" + name + " (" + min + ") is above max" + name
                    + " (" + max + ")", SegmentErrorCode.OUT_OF_RANGE));
        }
    }

    private static void bound(List<UserError> errors, List<String> path, String field, Double value,
            double upperBound) {
        if (value == null || value >= 0 && value <= upperBound) {
            return;
        }
        String allowed = upperBound == 1.0 ? "from 0 to 1" : "at least 0";
        errors.add(UserError.at(path, field, field + " must be " + allowed + ", was " + value,
                SegmentErrorCode.OUT_OF_RANGE));
    }

    private static Double number(Integer value) {
        return value == null ? null : value.doubleValue();
    }

    private static int size(java.lang.reflect.RecordComponent component, SegmentFilter filter) {
        try {
            List<?> list = (List<?>) component.getAccessor().invoke(filter);
            return list == null ? 0 : list.size();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
