package com.clientele.hostile;

import com.clientele.hostile.GraphQLValues.EnumToken;
import com.clientele.hostile.MutationDocument.Write;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * upsertCustomer and anonymiseCustomer with inputs that must be refused (issue 12 point 9): control characters
 * and NUL in names and ids, birth years more than 120 years ago or in the future, sign-up dates in the future,
 * several of these at once (every one reported), for new and for existing customers.
 */
final class CustomerWrites implements RequestSource {

    static final String SELECTION = "customer { id } userErrors { code field message }";

    private final KnownIds ids;
    private final StormKeys keys;
    private final int thisYear = LocalDate.now().getYear();

    CustomerWrites(KnownIds ids, StormKeys keys) {
        this.ids = ids;
        this.keys = keys;
    }

    @Override
    public Family family() {
        return Family.HOSTILE_WRITES;
    }

    @Override
    public HostileRequest next(Random random) {
        List<Write> writes = new ArrayList<>();
        List<String> planted = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        String sameId = random.nextInt(5) == 0 ? "storm-c-duplicate-" + random.nextInt(1_000) : null;
        for (int index = 0; index < count; index++) {
            writes.add(random.nextInt(8) == 0 ? anonymise(random, planted) : upsert(random, planted, sameId));
        }
        String description = (sameId == null ? "" : "same id in every write: ") + String.join("; ", planted);
        return MutationDocument.of(description, keys.allowedFor(random.nextBoolean()), writes,
                random.nextInt(3) == 0);
    }

    private Write upsert(Random random, List<String> planted, String sameId) {
        boolean existing = sameId == null && random.nextInt(3) == 0;
        Map<String, Object> input = validProfile(sameId != null ? sameId : existing ? KnownIds.pick(ids.customers(),
                random) : "storm-c-" + random.nextInt(1_000_000));
        List<Integer> kinds = new ArrayList<>(List.of(0, 1, 2, 3));
        java.util.Collections.shuffle(kinds, random);
        List<String> problems = new ArrayList<>();
        kinds.subList(0, 1 + random.nextInt(3)).forEach(kind -> problems.add(plant(kind, input, random)));
        planted.add("upsertCustomer of " + (existing ? "an existing" : "a new") + " customer with "
                + String.join(", ", problems));
        return new Write("upsertCustomer", "UpsertCustomerInput", input, SELECTION, problems.size());
    }

    private String plant(int kind, Map<String, Object> input, Random random) {
        Object value = switch (kind) {
            case 0 -> HostileStrings.withControlCharacter(random);
            case 1 -> List.of(1700, 3000, thisYear + 1, thisYear - 130, -1, 0, 2_147_483_647, -2_147_483_648)
                    .get(random.nextInt(8));
            case 2 -> List.of("2030-01-01", "3000-01-01", LocalDate.now().plusDays(2 + random.nextInt(400))
                    .toString()).get(random.nextInt(3));
            default -> List.of("storm\u0000nul", "storm\u001b[31m", "x".repeat(201), "", "   ")
                    .get(random.nextInt(5));
        };
        String field = List.of("name", "birthYear", "signupDate", "id").get(kind);
        input.put(field, value);
        return field + " " + HostileRequest.abbreviated(value.toString(), 20);
    }

    private Write anonymise(Random random, List<String> planted) {
        String unknown = "storm-nobody-" + random.nextInt(1_000_000) + (random.nextBoolean() ? "\u0000" : "");
        planted.add("anonymiseCustomer of an unknown id");
        return new Write("anonymiseCustomer", "AnonymiseCustomerInput", new LinkedHashMap<>(Map.of("id", unknown)),
                SELECTION, 1);
    }

    static Map<String, Object> validProfile(String id) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("id", id);
        input.put("name", "Storm Tester");
        input.put("email", "storm.tester@example.org");
        input.put("gender", new EnumToken("FEMALE"));
        input.put("birthYear", 1985);
        input.put("occupation", "nurse");
        input.put("incomeBand", new EnumToken("MIDDLE"));
        input.put("region", "Shanghai");
        input.put("city", "Shanghai");
        input.put("country", "China");
        input.put("signupDate", "2023-05-01");
        input.put("preferredChannel", new EnumToken("ONLINE"));
        return input;
    }
}
