package com.clientele.hostile;

import com.clientele.support.ApiServer;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Lower roles calling what a higher role may do, with inputs that would be valid: a READER calling every mutation
 * and the INTEGRATOR-only batch, an INTEGRATOR calling ADMIN mutations (revoking the ADMIN key, minting keys),
 * also hidden in fragments, mixed with allowed fields, or picked by operationName. FORBIDDEN, nothing executed.
 */
final class Escalations implements RequestSource {

    private final List<String[]> adminOnly;
    private final List<String[]> integratorOnly;
    private final StormKeys keys;

    Escalations(KnownIds ids, StormKeys keys) {
        this.keys = keys;
        String category = ids.categories().get(0);
        this.adminOnly = List.of(
                new String[] {"createApiKey", "input: {name: \"storm-escalation\", role: ADMIN}"},
                new String[] {"revokeApiKey", "input: {id: \"" + keys.adminKeyId() + "\"}"},
                new String[] {"upsertProduct", "input: {id: \"storm-p-new\", name: \"Storm\", categoryId: \""
                        + category + "\", price: 10}"},
                new String[] {"upsertCategory", "input: {id: \"storm-category\", name: \"Storm\"}"},
                new String[] {"updateStrategy", "input: {dimension: VALUE_TIER, className: \"HIGH\", priority: 5}"},
                new String[] {"resetStrategy", "dimension: VALUE_TIER, className: \"HIGH\""},
                new String[] {"saveSegment", "input: {name: \"storm\", filter: {valueTiers: [HIGH]}}"},
                new String[] {"refreshSegments", "input: {customerIds: [\"" + ids.customers().get(0) + "\"]}"},
                new String[] {"refitClv", "input: {}"});
        this.integratorOnly = List.of(
                new String[] {"upsertCustomer", "input: {id: \"storm-escalated\", name: \"Storm\"}"},
                new String[] {"anonymiseCustomer", "input: {id: \"" + ids.customers().get(1) + "\"}"},
                new String[] {"recordOrder", "input: {id: \"storm-o-escalated\", customerId: \""
                        + ids.orderableCustomers().get(0) + "\", orderedAt: \"" + KnownIds.ORDER_DATE + "\", lines:"
                        + " [{productId: \"" + ids.products().get(0) + "\", quantity: 1, unitPrice: 5}]}"},
                new String[] {"recordReferral", "input: {referrerId: \"" + ids.customers().get(2) + "\", referredId:"
                        + " \"" + ids.customers().get(3) + "\", referredAt: \"2025-06-01\"}"});
    }

    @Override
    public Family family() {
        return Family.ROLES;
    }

    @Override
    public HostileRequest next(Random random) {
        String[] admin = adminOnly.get(random.nextInt(adminOnly.size()));
        String[] integrator = integratorOnly.get(random.nextInt(integratorOnly.size()));
        return switch (random.nextInt(8)) {
            case 0, 1 -> forbidden("READER calls " + admin[0], keys.reader(), mutation(admin));
            case 2 -> forbidden("READER calls " + integrator[0], keys.reader(), mutation(integrator));
            case 3, 4 -> forbidden("INTEGRATOR calls " + admin[0], keys.integrator(), mutation(admin));
            case 5 -> forbidden("INTEGRATOR mixes " + integrator[0] + " with " + admin[0], keys.integrator(),
                    "mutation Storm { a: " + call(integrator) + " b: " + call(admin) + " }");
            case 6 -> forbidden("READER hides " + admin[0] + " in a fragment", keys.reader(), "mutation Storm {"
                    + " ...M } fragment M on Mutation { " + call(admin) + " }");
            default -> random.nextBoolean()
                    ? forbidden("READER asks for crossSellBatch or apiKeys", keys.reader(), random.nextBoolean()
                            ? "{ crossSellBatch(customerIds: [\"x\"]) { customerId } }" : "{ apiKeys { id } }")
                    : HostileRequest.post(family(), "READER picks a mutation by operationName", keys.reader(),
                            ApiServer.write(Map.of("query", "query Q { __typename } mutation M { " + call(admin)
                                    + " }", "operationName", "M")), Expectation.refused("FORBIDDEN"));
        };
    }

    private static String call(String[] field) {
        return field[0] + "(" + field[1] + ") { __typename }";
    }

    private static String mutation(String[] field) {
        return "mutation Storm { " + call(field) + " }";
    }

    private HostileRequest forbidden(String description, String authorization, String query) {
        return graphql(description, authorization, query, Expectation.refused("FORBIDDEN"));
    }
}
