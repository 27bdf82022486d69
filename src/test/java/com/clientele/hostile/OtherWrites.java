package com.clientele.hostile;

import com.clientele.hostile.GraphQLValues.EnumToken;
import com.clientele.hostile.MutationDocument.Write;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Catalogue, referral, segment, strategy and key mutations with inputs that must be refused: negative and
 * unbounded prices, empty or control-character names, unknown or cyclic parents, self and unknown referrals,
 * impossible segment filters, unknown strategy classes and priorities, empty key names, unknown key ids.
 */
final class OtherWrites implements RequestSource {

    private static final String ERRORS = "userErrors { code field message }";

    private final KnownIds ids;
    private final StormKeys keys;

    OtherWrites(KnownIds ids, StormKeys keys) {
        this.ids = ids;
        this.keys = keys;
    }

    @Override
    public Family family() {
        return Family.HOSTILE_WRITES;
    }

    @Override
    public HostileRequest next(Random random) {
        String product = KnownIds.pick(ids.products(), random);
        String category = KnownIds.pick(ids.categories(), random);
        String customer = KnownIds.pick(ids.customers(), random);
        boolean asVariables = random.nextInt(3) == 0;
        return switch (random.nextInt(10)) {
            case 0 -> write("upsertProduct with a negative price", keys.admin(), "upsertProduct", "UpsertProductInput",
                    input("id", product, "name", "Storm", "categoryId", category, "price", -1.0), "product { id }", 1,
                    asVariables);
            case 1 -> write("upsertProduct with an empty name and an unknown category", keys.admin(), "upsertProduct",
                    "UpsertProductInput", input("id", product, "name", "", "categoryId", "storm-nowhere"),
                    "product { id }", 2, asVariables);
            case 2 -> write("upsertProduct of price 1.7976931348623157e308 (beyond the issue's list)", keys.admin(),
                    "upsertProduct", "UpsertProductInput", input("id", product, "name", "Storm", "categoryId",
                    category, "price", 1.7976931348623157e308), "product { id }", 1, asVariables);
            case 3 -> write("upsertCategory under an unknown parent, name with a control character", keys.admin(),
                    "upsertCategory", "UpsertCategoryInput", input("id", category, "name",
                    HostileStrings.withControlCharacter(random), "parentId", "storm-nowhere"), "category { id }", 1,
                    asVariables);
            case 4 -> write("upsertCategory as its own parent (beyond the issue's list)", keys.admin(),
                    "upsertCategory", "UpsertCategoryInput", input("id", category, "name", "Storm", "parentId",
                    category), "category { id }", 1, asVariables);
            case 5 -> write("recordReferral of a customer by themselves", keys.integrator(), "recordReferral",
                    "RecordReferralInput", input("referrerId", customer, "referredId", customer, "referredAt",
                    "2025-06-01"), "referral { referredAt }", 1, asVariables);
            case 6 -> write("recordReferral between unknown customers", keys.integrator(), "recordReferral",
                    "RecordReferralInput", input("referrerId", "storm-nobody-a", "referredId", "storm-nobody-b",
                    "referredAt", HttpFraming.pick(List.of("2025-06-01", "3000-01-01", "1700-01-01"), random)),
                    "referral { referredAt }", 1, asVariables);
            case 7 -> write("saveSegment with a blank name, min above max and an unknown category", keys.admin(),
                    "saveSegment", "SaveSegmentInput", input("name", "  ", "filter", input("minOrders", 10,
                    "maxOrders", 1, "favouriteCategoryIds", List.of("storm-nowhere"))), "savedSegment { id }", 3,
                    asVariables);
            case 8 -> write("updateStrategy of an unknown class with priority 2147483647", keys.admin(),
                    "updateStrategy", "UpdateStrategyInput", input("dimension", new EnumToken("VALUE_TIER"),
                    "className", "STORM_CLASS", "priority", 2_147_483_647, "en", input("name",
                    HostileStrings.withControlCharacter(random))), "strategy { className }", 1, asVariables);
            default -> keyWrite(random, asVariables);
        };
    }

    private HostileRequest keyWrite(Random random, boolean asVariables) {
        if (random.nextBoolean()) {
            return write("createApiKey with an empty or too long name", keys.admin(), "createApiKey",
                    "CreateApiKeyInput", input("name", HttpFraming.pick(List.of("", "   ", "k".repeat(201)), random),
                    "role", new EnumToken("ADMIN")), "apiKey { id } token", 1, asVariables);
        }
        return random.nextBoolean()
                ? write("revokeApiKey of an unknown id", keys.admin(), "revokeApiKey", "RevokeApiKeyInput",
                        input("id", "000000000000"), "apiKey { id }", 1, asVariables)
                : write("resetStrategy of an unknown class", keys.admin(), "resetStrategy", null, input("dimension",
                        new EnumToken("LIFECYCLE"), "className", "STORM_CLASS"), "strategy { className }", 1, false);
    }

    private static HostileRequest write(String description, String authorization, String field, String inputType,
            Map<String, Object> input, String selection, int problems, boolean asVariables) {
        return MutationDocument.of(description, authorization, List.of(new Write(field, inputType, input,
                selection + " " + ERRORS, problems)), asVariables);
    }

    static Map<String, Object> input(Object... namesAndValues) {
        Map<String, Object> input = new LinkedHashMap<>();
        for (int index = 0; index + 1 < namesAndValues.length; index += 2) {
            input.put((String) namesAndValues[index], namesAndValues[index + 1]);
        }
        return input;
    }
}
