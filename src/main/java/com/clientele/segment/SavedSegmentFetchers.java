package com.clientele.segment;

import com.clientele.graphql.FeatureFetchers;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import org.dataloader.DataLoaderRegistry;

/** Fetchers of the saved custom segments: listing, reading, saving, deleting, and evaluating one. */
public final class SavedSegmentFetchers implements FeatureFetchers {

    private final SavedSegmentRepository saved;
    private final SegmentDataFetchers segments;

    public SavedSegmentFetchers(SavedSegmentRepository saved, SegmentDataFetchers segments) {
        this.saved = saved;
        this.segments = segments;
    }

    @Override
    public void registerLoaders(DataLoaderRegistry registry) {
    }

    /** Query.savedSegments */
    public List<SavedSegment> savedSegments(DataFetchingEnvironment env) {
        return saved.all();
    }

    /** Query.savedSegment */
    public SavedSegment savedSegment(DataFetchingEnvironment env) {
        return saved.byId(env.getArgument("id")).orElse(null);
    }

    /** Mutation.saveSegment */
    public SaveSegmentResult saveSegment(DataFetchingEnvironment env) {
        Map<String, Object> input = env.getArgument("input");
        @SuppressWarnings("unchecked")
        Map<String, Object> filter = (Map<String, Object>) input.get("filter");
        return saved.save((String) input.get("id"), (String) input.get("name"), (String) input.get("description"),
                SegmentFilter.fromInput(filter));
    }

    /** Mutation.deleteSegment */
    public DeleteSegmentResult deleteSegment(DataFetchingEnvironment env) {
        Map<String, Object> input = env.getArgument("input");
        return saved.delete((String) input.get("id"));
    }

    /** SavedSegment.segment: the saved filter evaluated against the current classes. */
    public CustomSegment segment(DataFetchingEnvironment env) {
        return segments.evaluate(env.<SavedSegment>getSource().filter());
    }
}
