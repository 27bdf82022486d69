package com.clientele.limits;

/**
 * An argument of a field that sorts or filters on personal data (marked {@code @personal} in the schema): the
 * field, the path of the argument or input field (e.g. {@code orderBy.field}) and the personal enum value it names
 * (e.g. {@code NAME}), or null when the input field itself is personal (e.g. {@code filter.nameContains}).
 */
public record PersonalUse(String field, String path, String value) {
}
