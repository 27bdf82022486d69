package com.clientele.segment;

import com.clientele.graphql.UserError;
import com.clientele.auth.Role;
import com.clientele.graphql.ApiSurface;
import com.clientele.graphql.ClientException;
import com.clientele.graphql.Connection;
import com.clientele.graphql.FeatureFetchers;
import com.clientele.graphql.PageRequest;
import com.clientele.vocabulary.SegmentDimension;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import org.dataloader.DataLoaderRegistry;

/** Fetchers of the refresh history: the refresh records, class transitions between refreshes, and refreshing. */
public final class SegmentHistoryFetchers implements FeatureFetchers {

    private final RefreshHistory history;
    private final TransitionsReader transitions;
    private final RefreshSegmentsMutation refresh;
    private final int maxPageSize;

    public SegmentHistoryFetchers(RefreshHistory history, RefreshSegmentsMutation refresh, int maxPageSize) {
        this.history = history;
        this.transitions = new TransitionsReader(history);
        this.refresh = refresh;
        this.maxPageSize = maxPageSize;
    }

    @Override
    public void contribute(ApiSurface surface) {
        surface.query("segmentTransitions", this::segmentTransitions)
                .query("refreshes", this::refreshes)
                .mutation("refreshSegments", Role.ADMIN, this::refreshSegments)
                .backedBy("RefreshSegmentsPayload", RefreshSegmentsPayload.class)
                .userError("SegmentUserError", SegmentErrorCode.class)
                .backedBy("Refresh", RefreshRecord.class)
                .backedBy("SegmentTransitions", SegmentTransitions.class)
                .backedBy("TransitionCount", TransitionCount.class)
                .backedBy("CustomerTransition", CustomerTransition.class)
                .backedBy("CustomerTransitionConnection", Connection.class)
                .backedBy("CustomerTransitionEdge", Connection.Edge.class);
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
        String fromClass = checkedClass(dimension, env.getArgument("fromClass"), "fromClass");
        String toClass = checkedClass(dimension, env.getArgument("toClass"), "toClass");
        PageRequest page = PageRequest.from(env, maxPageSize);
        return transitions.read(dimension, env.getArgument("from"), env.getArgument("to"), fromClass, toClass, page);
    }

    /** Mutation.refreshSegments */
    public RefreshSegmentsPayload refreshSegments(DataFetchingEnvironment env) {
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
