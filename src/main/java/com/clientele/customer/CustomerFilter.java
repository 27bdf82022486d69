package com.clientele.customer;

import com.clientele.place.PlaceFilter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The profile conditions of a {@code customers} query, all optional and combined with AND; a list condition matches
 * any of its values. Turned into {@link CustomerConditions}.
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

    /** The conditions of the customer list statements; region and city spellings resolved through {@code places}. */
    public CustomerConditions toConditions(int currentYear, PlaceFilter places) {
        return CustomerConditions.none()
                .idIn(ids)
                .anyOf(genders, "gender")
                .inAgeBands(ageBands, currentYear)
                .anyOf(incomeBands, "incomeBand")
                .anyOf(occupations, "occupation")
                .inRegions(regions, places)
                .inCities(cities, places)
                .anyOf(countries, "country")
                .anyOf(preferredChannels, "preferredChannel")
                .between("signupDate", signedUpFrom, signedUpTo)
                .nameContaining(nameContains);
    }
}
