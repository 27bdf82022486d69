package com.clientele.ingest;

import com.clientele.graphql.UserError;
import com.clientele.auth.Role;
import com.clientele.catalog.CatalogRepository;
import com.clientele.customer.CustomerRepository;
import com.clientele.graphql.ApiSurface;
import com.clientele.graphql.FeatureFetchers;
import com.clientele.neo4j.Graph;
import com.clientele.order.OrderRepository;
import com.clientele.place.PlaceTable;
import com.clientele.segment.SegmentRefresh;
import com.clientele.segment.SegmentationConfig;
import graphql.schema.DataFetchingEnvironment;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.dataloader.DataLoaderRegistry;

/**
 * The write mutations of integrators: customers, products, categories and orders go through the importer's
 * validation and statements as a batch of one ({@link InputWriter}); a customer is anonymised in place. After a
 * write, the touched customers' segments are refreshed incrementally before the mutation answers (synchronously:
 * an acknowledged write is committed and classified).
 */
public final class WriteDataFetchers implements FeatureFetchers {

    private final Graph graph;
    private final InputWriter writer;
    private final CustomerRepository customers;
    private final CatalogRepository catalog;
    private final OrderRepository orders;
    private final SegmentationConfig segmentation;
    private final Clock clock;

    /** Writes resolving customers' places through the shipped place table. */
    public WriteDataFetchers(Graph graph, Clock clock, SegmentationConfig segmentation) {
        this(graph, clock, segmentation, PlaceTable.shipped());
    }

    public WriteDataFetchers(Graph graph, Clock clock, SegmentationConfig segmentation, PlaceTable places) {
        this.graph = graph;
        this.writer = new InputWriter(graph, clock, places);
        this.customers = new CustomerRepository(graph, clock, places);
        this.catalog = new CatalogRepository(graph);
        this.orders = new OrderRepository(graph);
        this.segmentation = segmentation;
        this.clock = clock;
    }

    @Override
    public void contribute(ApiSurface surface) {
        surface.mutation("upsertCustomer", Role.INTEGRATOR, this::upsertCustomer)
                .mutation("upsertProduct", Role.ADMIN, this::upsertProduct)
                .mutation("upsertCategory", Role.ADMIN, this::upsertCategory)
                .mutation("recordOrder", Role.INTEGRATOR, this::recordOrder)
                .mutation("anonymiseCustomer", Role.INTEGRATOR, this::anonymiseCustomer)
                .backedBy("UpsertCustomerPayload", CustomerPayload.class)
                .backedBy("AnonymiseCustomerPayload", CustomerPayload.class)
                .backedBy("UpsertProductPayload", ProductPayload.class)
                .backedBy("UpsertCategoryPayload", CategoryPayload.class)
                .backedBy("RecordOrderPayload", OrderPayload.class)
                .userError("WriteUserError", ProblemCode.class);
    }

    @Override
    public void registerLoaders(DataLoaderRegistry registry) {
        // writes answer with the entity read once after the write; nothing to batch
    }

    public CustomerPayload upsertCustomer(DataFetchingEnvironment env) {
        Map<String, Object> input = env.getArgument("input");
        List<InputProblem> problems = writer.customer(InputCells.of(input));
        if (!problems.isEmpty()) {
            return new CustomerPayload(null, InputErrors.from(problems));
        }
        String id = idOf(input, "id");
        new SegmentRefresh(graph, segmentation).incremental(List.of(id));
        return new CustomerPayload(customers.byIds(List.of(id)).get(id), List.of());
    }

    public ProductPayload upsertProduct(DataFetchingEnvironment env) {
        Map<String, Object> input = env.getArgument("input");
        List<InputProblem> problems = writer.product(InputCells.of(input));
        String id = idOf(input, "id");
        return problems.isEmpty() ? new ProductPayload(catalog.productsByIds(List.of(id)).get(id), List.of())
                : new ProductPayload(null, InputErrors.from(problems));
    }

    public CategoryPayload upsertCategory(DataFetchingEnvironment env) {
        Map<String, Object> input = env.getArgument("input");
        List<InputProblem> problems = writer.category(InputCells.of(input));
        String id = idOf(input, "id");
        return problems.isEmpty() ? new CategoryPayload(catalog.categoriesByIds(List.of(id)).get(id), List.of())
                : new CategoryPayload(null, InputErrors.from(problems));
    }

    @SuppressWarnings("unchecked")
    public OrderPayload recordOrder(DataFetchingEnvironment env) {
        Map<String, Object> input = env.getArgument("input");
        List<Map<String, String>> lines = ((List<Map<String, Object>>) input.get("lines")).stream()
                .map(InputCells::of).toList();
        List<InputProblem> problems = writer.order(InputCells.of(input), lines);
        if (!problems.isEmpty()) {
            return new OrderPayload(null, InputErrors.from(problems));
        }
        String id = idOf(input, "id");
        new SegmentRefresh(graph, segmentation).incremental(List.of(idOf(input, "customerId")));
        return new OrderPayload(orders.byIds(List.of(id)).get(id), List.of());
    }

    public CustomerPayload anonymiseCustomer(DataFetchingEnvironment env) {
        String id = idOf(env.getArgument("input"), "id");
        List<String> found = graph.write("customer/anonymise", Map.of("id", id, "now", OffsetDateTime.now(clock)),
                record -> record.get("id").asString());
        if (found.isEmpty()) {
            return new CustomerPayload(null, List.of(new UserError(List.of("input", "id"),
                    "unknown customer id '" + id + "'", ProblemCode.UNKNOWN_CUSTOMER)));
        }
        return new CustomerPayload(customers.byIds(List.of(id)).get(id), List.of());
    }

    private static String idOf(Map<String, Object> input, String field) {
        Object id = input.get(field);
        return id == null ? "" : id.toString().trim();
    }
}
