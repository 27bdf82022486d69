package com.clientele.clv;

import com.clientele.graphql.UserError;
import com.clientele.auth.Role;
import com.clientele.customer.Customer;
import com.clientele.graphql.ApiSurface;
import com.clientele.graphql.Connection;
import com.clientele.graphql.FeatureFetchers;
import com.clientele.graphql.Loaders;
import com.clientele.graphql.PageRequest;
import com.clientele.neo4j.Graph;
import com.clientele.vocabulary.SegmentDimension;
import graphql.schema.DataFetchingEnvironment;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoaderRegistry;

/** Fetchers of schema/clv.graphqls: one method per field. */
public final class ClvDataFetchers implements FeatureFetchers {

    public static final String BY_CUSTOMER = "clvByCustomer";

    private final Graph graph;
    private final ClvRepository clv;
    private final ClvConfig config;
    private final Clock clock;
    private final int maxPageSize;

    public ClvDataFetchers(Graph graph, ClvConfig config, Clock clock, int maxPageSize) {
        this.graph = graph;
        this.clv = new ClvRepository(graph);
        this.config = config;
        this.clock = clock;
        this.maxPageSize = maxPageSize;
    }

    @Override
    public void contribute(ApiSurface surface) {
        surface.query("clvModel", this::clvModel)
                .query("customersByClv", this::customersByClv)
                .query("clvBySegment", this::clvBySegment)
                .mutation("refitClv", Role.ADMIN, this::refitClv)
                .field("Customer", "clv", this::customerClv)
                .backedBy("CustomerClv", CustomerClv.class)
                .backedBy("ClvModel", ClvModelRecord.class)
                .backedBy("ClvQuality", ClvQuality.class)
                .backedBy("ClvText", ClvText.class)
                .backedBy("SegmentClv", SegmentClv.class)
                .backedBy("RefitClvPayload", RefitClvPayload.class)
                .userError("ClvUserError", ClvErrorCode.class);
    }

    @Override
    public void registerLoaders(DataLoaderRegistry registry) {
        registry.register(BY_CUSTOMER, Loaders.byId(clv::byIds));
    }

    /** Customer.clv */
    public CompletableFuture<CustomerClv> customerClv(DataFetchingEnvironment env) {
        Customer customer = env.getSource();
        return env.<String, CustomerClv>getDataLoader(BY_CUSTOMER).load(customer.id())
                .thenApply(found -> found == null ? CustomerClv.notScored() : found);
    }

    /** Query.clvModel */
    public ClvModelRecord clvModel(DataFetchingEnvironment env) {
        return clv.latestModel().orElse(null);
    }

    /** Query.customersByClv */
    public Connection<Customer> customersByClv(DataFetchingEnvironment env) {
        PageRequest page = PageRequest.from(env, maxPageSize);
        List<String> churnRisks = env.getArgument("churnRisks");
        BigDecimal minValue = env.getArgument("minPredictedValue");
        String sortField = env.getArgumentOrDefault("orderBy", "PREDICTED_VALUE");
        boolean descending = !"ASC".equals(env.getArgumentOrDefault("direction", "DESC"));
        return clv.page(churnRisks, minValue == null ? null : minValue.doubleValue(), sortField, descending, page);
    }

    /** Query.clvBySegment */
    public List<SegmentClv> clvBySegment(DataFetchingEnvironment env) {
        return clv.bySegment(SegmentDimension.valueOf(env.getArgument("dimension")));
    }

    /** Mutation.refitClv */
    public RefitClvPayload refitClv(DataFetchingEnvironment env) {
        Map<String, Object> input = env.getArgumentOrDefault("input", Map.of());
        Optional<LocalDate> calibrationEnd = Optional.ofNullable((LocalDate) input.get("calibrationEnd"));
        LocalDate today = LocalDate.now(clock);
        if (calibrationEnd.isPresent() && calibrationEnd.get().isAfter(today)) {
            return RefitClvPayload.refused(new UserError(List.of("input", "calibrationEnd"),
                    "calibrationEnd " + calibrationEnd.get() + " is in the future (today is " + today + ")",
                    ClvErrorCode.FUTURE_DATE));
        }
        return RefitClvPayload.ran(new ClvRefresh(graph, config, clock).refresh(calibrationEnd).model());
    }
}
