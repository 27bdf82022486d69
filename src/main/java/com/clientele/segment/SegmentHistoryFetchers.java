package com.clientele.segment;

import com.clientele.graphql.ClientException;
import com.clientele.graphql.FeatureFetchers;
import com.clientele.graphql.PageRequest;
import com.clientele.strategy.SegmentDimension;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dataloader.DataLoaderRegistry;

/** Fetchers of the refresh history: the refresh records, class transitions between refreshes, and refreshing. */
public final class SegmentHistoryFetchers implements FeatureFetchers {

    private final RefreshHistory history;
    private final RefreshSegmentsMutation refresh;
    private final int maxPageSize;

    public SegmentHistoryFetchers(RefreshHistory history, RefreshSegmentsMutation refresh, int maxPageSize) {
        this.history = history;
        this.refresh = refresh;
        this.maxPageSize = maxPageSize;
    }

    @Override
    public void registerLoaders(DataLoaderRegistry registry) {
    }

    /** Query.refreshes */
    public List<RefreshRecord> refreshes(DataFetchingEnvironment env) {
        int first = env.<Integer>getArgument("first");
        if (first < 1 || first > maxPageSize) {
            throw ClientException.badInput("first must be between 1 and " + maxPageSize + ", was " + first);
        }
        return history.newest(first);
    }

    /** Query.segmentTransitions */
    public SegmentTransitions segmentTransitions(DataFetchingEnvironment env) {
        SegmentDimension dimension = SegmentDimension.valueOf(env.getArgument("dimension"));
        PageRequest page = PageRequest.from(env, maxPageSize);
        RefreshRecord to = history.resolve(env.getArgument("to"), "to", history.latest(null, null));
        Map<String, Object> fromPoint = env.getArgument("from");
        RefreshRecord from = history.resolve(fromPoint, "from",
                fromPoint == null ? history.latest(to.seq(), null) : Optional.empty());
        if (from.seq() >= to.seq()) {
            throw ClientException.badInput("from (refresh " + from.seq() + ") must be an earlier refresh than to"
                    + " (refresh " + to.seq() + ")");
        }
        String fromClass = checkedClass(dimension, env.getArgument("fromClass"), "fromClass");
        String toClass = checkedClass(dimension, env.getArgument("toClass"), "toClass");
        return new SegmentTransitions(dimension, from, to, history.counts(dimension.name(), from.seq(), to.seq()),
                history.customers(dimension.name(), from.seq(), to.seq(), fromClass, toClass, page)
                        .toConnection(page));
    }

    /** Mutation.refreshSegments */
    public RefreshSegmentsResult refreshSegments(DataFetchingEnvironment env) {
        return refresh.run(env.getArgument("input"));
    }

    private static String checkedClass(SegmentDimension dimension, String className, String argument) {
        if (className != null && !dimension.hasClass(className)) {
            throw ClientException.badInput(argument + " '" + className + "' is not a class of " + dimension
                    + "; its classes are " + dimension.classes());
        }
        return className;
    }
}
