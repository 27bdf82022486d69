package com.clientele.customer;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The profile conditions of a {@code customers} query, all optional and combined with AND; a list condition matches
 * any of its values. Turned into the parameters of cypher/customer/page.cypher.
 */
public record CustomerFilter(
        List<String> ids,
        List<String> genders,
        List<AgeBand> ageBands,
        List<String> incomeBands,
        List<String> occupations,
        List<String> regions,
        List<String> cities,
        List<String> countries,
        List<String> preferredChannels,
        LocalDate signedUpFrom,
        LocalDate signedUpTo,
        String nameContains) {

    public static final CustomerFilter NONE =
            new CustomerFilter(null, null, null, null, null, null, null, null, null, null, null, null);

    /** Reads the GraphQL {@code CustomerFilter} input (enum values arrive as strings). */
    @SuppressWarnings("unchecked")
    public static CustomerFilter fromInput(Map<String, Object> input) {
        if (input == null) {
            return NONE;
        }
        List<String> bands = (List<String>) input.get("ageBands");
        return new CustomerFilter(
                (List<String>) input.get("ids"),
                (List<String>) input.get("genders"),
                bands == null ? null : bands.stream().map(AgeBand::valueOf).toList(),
                (List<String>) input.get("incomeBands"),
                (List<String>) input.get("occupations"),
                (List<String>) input.get("regions"),
                (List<String>) input.get("cities"),
                (List<String>) input.get("countries"),
                (List<String>) input.get("preferredChannels"),
                (LocalDate) input.get("signedUpFrom"),
                (LocalDate) input.get("signedUpTo"),
                (String) input.get("nameContains"));
    }

    /** The Cypher parameters; absent conditions are null, which the statement reads as "any". */
    public Map<String, Object> toParameters(int currentYear) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("ids", ids);
        parameters.put("genders", genders);
        parameters.put("birthYearRanges", ageBands == null ? null
                : ageBands.stream().map(band -> List.of(band.birthYears(currentYear)[0],
                        band.birthYears(currentYear)[1])).toList());
        parameters.put("incomeBands", incomeBands);
        parameters.put("occupations", occupations);
        parameters.put("regions", regions);
        parameters.put("cities", cities);
        parameters.put("countries", countries);
        parameters.put("preferredChannels", preferredChannels);
        parameters.put("signedUpFrom", signedUpFrom);
        parameters.put("signedUpTo", signedUpTo);
        parameters.put("nameContains", nameContains);
        return parameters;
    }
}
