package com.clientele.segment;

import com.clientele.graphql.UserError;
import com.clientele.auth.Caller;
import com.clientele.auth.Role;
import com.clientele.graphql.ApiSurface;
import com.clientele.graphql.ClientException;
import com.clientele.graphql.ErrorCode;
import com.clientele.graphql.FeatureFetchers;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import org.dataloader.DataLoaderRegistry;

/** Fetchers of the saved custom segments: listing, reading, saving, deleting, and evaluating one. */
public final class SavedSegmentFetchers implements FeatureFetchers {

    private final SavedSegmentRepository saved;
    private final SegmentDataFetchers segments;
    private final boolean hidePersonalDataFromReaders;

    public SavedSegmentFetchers(SavedSegmentRepository saved, SegmentDataFetchers segments,
            boolean hidePersonalDataFromReaders) {
        this.saved = saved;
        this.segments = segments;
        this.hidePersonalDataFromReaders = hidePersonalDataFromReaders;
    }

    @Override
    public void contribute(ApiSurface surface) {
        surface.query("savedSegments", this::savedSegments)
                .query("savedSegment", this::savedSegment)
                .mutation("saveSegment", Role.ADMIN, this::saveSegment)
                .mutation("deleteSegment", Role.ADMIN, this::deleteSegment)
                .field("SavedSegment", "segment", this::segment)
                .backedBy("SavedSegment", SavedSegment.class)
                .backedBy("SegmentFilterDefinition", SegmentFilter.class)
                .backedBy("SaveSegmentPayload", SaveSegmentPayload.class)
                .backedBy("DeleteSegmentPayload", DeleteSegmentPayload.class)
                .userError("SegmentUserError", SegmentErrorCode.class);
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
    public SaveSegmentPayload saveSegment(DataFetchingEnvironment env) {
        Map<String, Object> input = env.getArgument("input");
        @SuppressWarnings("unchecked")
        Map<String, Object> filter = (Map<String, Object>) input.get("filter");
        return saved.save((String) input.get("id"), (String) input.get("name"), (String) input.get("description"),
                SegmentFilter.fromInput(filter));
    }

    /** Mutation.deleteSegment */
    public DeleteSegmentPayload deleteSegment(DataFetchingEnvironment env) {
        Map<String, Object> input = env.getArgument("input");
        return saved.delete((String) input.get("id"));
    }

    /**
     * SavedSegment.segment: the saved filter evaluated against the current classes. A READER, who does not see
     * personal data, does not see the members of a segment defined by age band either: membership would reveal it.
     */
    public CustomSegment segment(DataFetchingEnvironment env) {
        SavedSegment source = env.getSource();
        Caller caller = env.getGraphQlContext().get(Caller.CONTEXT_KEY);
        boolean byAgeBand = source.filter().ageBands() != null && !source.filter().ageBands().isEmpty();
        if (byAgeBand && hidePersonalDataFromReaders && caller != null && caller.role() == Role.READER) {
            throw new ClientException(ErrorCode.FORBIDDEN, "the saved segment `" + source.id() + "` is defined by"
                    + " age band, personal data this key's role READER does not see"
                    + " (HIDE_PERSONAL_DATA_FROM_READERS=true); its members are shown to INTEGRATOR and ADMIN keys");
        }
        return segments.evaluate(source.filter());
    }
}
