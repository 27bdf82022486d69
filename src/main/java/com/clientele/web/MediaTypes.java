package com.clientele.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Content negotiation of the GraphQL-over-HTTP spec. An Accept header is a list of media ranges with optional
 * quality values; a range with q=0 means "not acceptable" (RFC 9110 §12.5.1), and the most specific range that
 * matches a type decides its quality (application/json beats application/* beats * / *).
 */
public final class MediaTypes {

    public static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    public static final String JSON = "application/json";

    private MediaTypes() {
    }

    /**
     * The response media type for an Accept header: the GraphQL response type when the client lists it by name
     * with a quality at least that of JSON, plain JSON when it accepts JSON or anything (or sends no Accept, as
     * legacy clients do), otherwise none (406).
     */
    public static Optional<String> negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(JSON);
        }
        List<MediaRange> ranges = parse(accept);
        double graphql = quality(ranges, GRAPHQL_RESPONSE, true);
        double json = quality(ranges, JSON, false);
        if (graphql > 0 && graphql >= json) {
            return Optional.of(GRAPHQL_RESPONSE);
        }
        return json > 0 ? Optional.of(JSON) : Optional.empty();
    }

    /** True when a request's Content-Type is application/json, with or without parameters (e.g. a charset). */
    public static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        return MediaRange.parse(contentType).type().equals(JSON);
    }

    private static List<MediaRange> parse(String accept) {
        List<MediaRange> ranges = new ArrayList<>();
        for (String element : accept.split(",")) {
            MediaRange range = MediaRange.parse(element);
            if (!range.type().isEmpty()) {
                ranges.add(range);
            }
        }
        return ranges;
    }

    /** The quality of the most specific matching range; 0 when none matches (or only wildcards, if exact). */
    private static double quality(List<MediaRange> ranges, String type, boolean exactOnly) {
        int bestSpecificity = -1;
        double quality = 0;
        for (MediaRange range : ranges) {
            int specificity = range.specificityFor(type);
            if (specificity > bestSpecificity && (!exactOnly || specificity == MediaRange.EXACT)) {
                bestSpecificity = specificity;
                quality = range.quality();
            }
        }
        return quality;
    }
}
