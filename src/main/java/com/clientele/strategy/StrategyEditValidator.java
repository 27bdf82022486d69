package com.clientele.strategy;

import com.clientele.graphql.UserError;
import com.clientele.vocabulary.SegmentDimension;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Checks a {@link StrategyEdit} before anything is written and lists every problem, each with the input field it
 * concerns (a path starting at {@code input}) and a reason a merchant understands.
 */
final class StrategyEditValidator {

    private StrategyEditValidator() {
    }

    static List<UserError> validate(StrategyEdit edit) {
        List<UserError> errors = new ArrayList<>(validateClass(edit.dimension(), edit.className(), "input"));
        edit.texts().forEach((language, text) -> validateText(StrategyEdit.fieldOf(language), text, errors));
        validateEnum("offerType", edit.offerType(), OfferType.class, errors);
        validateEnum("channel", edit.channel(), ContactChannel.class, errors);
        validateEnum("contactFrequency", edit.contactFrequency(), ContactFrequency.class, errors);
        if (edit.priority() != null && !Strategy.isValidPriority(edit.priority())) {
            errors.add(new UserError(List.of("input", "priority"), "priority must be from "
                    + Strategy.HIGHEST_PRIORITY + " (act first) to " + Strategy.LOWEST_PRIORITY + ", got "
                    + edit.priority(), StrategyErrorCode.OUT_OF_RANGE));
        }
        return errors;
    }

    /** Checks that a dimension and class name one class of the vocabulary; {@code parent} prefixes the paths. */
    static List<UserError> validateClass(String dimension, String className, String... parent) {
        Optional<SegmentDimension> known = SegmentDimension.parse(dimension);
        if (known.isEmpty()) {
            return List.of(new UserError(path(parent, "dimension"), "unknown dimension '" + dimension
                    + "'; use one of " + Arrays.toString(SegmentDimension.values()),
                    StrategyErrorCode.UNKNOWN_DIMENSION));
        }
        if (className == null || !known.get().hasClass(className)) {
            return List.of(new UserError(path(parent, "className"), "'" + className + "' is not a class of "
                    + known.get() + "; use one of " + known.get().classes(), StrategyErrorCode.UNKNOWN_CLASS));
        }
        return List.of();
    }

    private static void validateText(String language, TextEdit text, List<UserError> errors) {
        String[][] fields = {{"name", text.name()}, {"description", text.description()},
            {"objective", text.objective()}};
        for (String[] field : fields) {
            if (field[1] != null && field[1].isBlank()) {
                errors.add(new UserError(List.of("input", language, field[0]), field[0] + " (" + language
                        + ") must not be empty", StrategyErrorCode.BLANK));
            }
        }
        if (text.actions() != null && (text.actions().isEmpty() || text.actions().stream().anyMatch(String::isBlank))) {
            errors.add(new UserError(List.of("input", language, "actions"), "actions (" + language
                    + ") must be one or more non-empty lines", StrategyErrorCode.BLANK));
        }
    }

    private static <E extends Enum<E>> void validateEnum(String field, String value, Class<E> type,
            List<UserError> errors) {
        if (value != null && Arrays.stream(type.getEnumConstants()).noneMatch(constant -> constant.name().equals(value))) {
            errors.add(new UserError(List.of("input", field), field + " '" + value + "' is not one of "
                    + Arrays.toString(type.getEnumConstants()), StrategyErrorCode.INVALID_VALUE));
        }
    }

    private static List<String> path(String[] parent, String field) {
        List<String> path = new ArrayList<>(List.of(parent));
        path.add(field);
        return path;
    }
}
