package com.clientele.segment;

import com.clientele.graphql.ClientException;
import com.clientele.graphql.PageRequest;
import com.clientele.vocabulary.SegmentDimension;
import java.util.Map;
import java.util.Optional;

/**
 * {@code segmentTransitions}: which two refreshes to compare (the given points, or by default the latest finished
 * refresh and the one before it) and who moved between them. With fewer than two refreshes to compare the answer
 * is an empty set with a note, not an error; a point naming no refresh, or points out of order, are errors.
 */
final class TransitionsReader {

    private final RefreshHistory history;

    TransitionsReader(RefreshHistory history) {
        this.history = history;
    }

    SegmentTransitions read(SegmentDimension dimension, Map<String, Object> fromPoint, Map<String, Object> toPoint,
            String fromClass, String toClass, PageRequest page) {
        Optional<RefreshRecord> latest = history.latest(null, null);
        Optional<RefreshRecord> to = toPoint == null ? latest : Optional.of(history.resolve(toPoint, "to"));
        if (to.isEmpty()) {
            return SegmentTransitions.nothingToCompare(dimension, null, page, "No refresh has finished yet, and"
                    + " moves compare two: run a refresh (refreshSegments), then another, to see who moves.");
        }
        Optional<RefreshRecord> from = fromPoint == null ? history.latest(to.get().seq(), null)
                : Optional.of(history.resolve(fromPoint, "from"));
        if (from.isEmpty()) {
            return SegmentTransitions.nothingToCompare(dimension, to.get(), page, noEarlierRefresh(to.get(), latest));
        }
        if (from.get().seq() >= to.get().seq()) {
            throw ClientException.badInput("from (refresh " + from.get().seq() + ") must be an earlier refresh than to"
                    + " (refresh " + to.get().seq() + ")");
        }
        int fromSeq = from.get().seq();
        int toSeq = to.get().seq();
        return new SegmentTransitions(dimension, from.get(), to.get(), history.counts(dimension.name(), fromSeq, toSeq),
                history.customers(dimension.name(), fromSeq, toSeq, fromClass, toClass, page).toConnection(page),
                null);
    }

    private static String noEarlierRefresh(RefreshRecord to, Optional<RefreshRecord> latest) {
        if (latest.isPresent() && latest.get().seq() == to.seq()) {
            return "Only one refresh has finished (seq " + to.seq() + ", as of " + to.asOf() + "), and moves compare"
                    + " two: there is nothing to compare yet. Run another refresh (refreshSegments) to see who moves.";
        }
        return "Refresh " + to.seq() + " (as of " + to.asOf() + ") is the first finished refresh: there is no earlier"
                + " one to compare it with.";
    }
}
