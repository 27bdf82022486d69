package com.clientele.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.support.ApiServer;
import com.clientele.support.SeedGraph;
import com.clientele.support.UsesDataset;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The seed customers type their province and city in Chinese or in English on purpose; every filter, the region
 * KPIs and "popular in your region" treat both spellings as one place, and answers carry both names.
 */
@UsesDataset(SeedGraph.DATASET)
class PlaceFiltersTest {

    private static final String CUSTOMERS = """
            query($f: CustomerFilter) { customers(filter: $f) { totalCount } }""";
    private static final String REGION_KPIS = """
            query($f: SegmentFilter!) { customSegment(filter: $f) { kpis { size revenue } members { totalCount } } }""";

    @RegisterExtension
    static final ApiServer api = ApiServer.forTestClass();

    private static List<CSVRecord> seedCustomers;

    @BeforeAll
    static void seedGraph() throws IOException {
        SeedGraph.load();
        try (Reader reader = Files.newBufferedReader(Path.of("seed-data/customers.csv"), StandardCharsets.UTF_8)) {
            seedCustomers = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)
                    .getRecords();
        }
    }

    @Test
    void aProvinceIsFoundByItsChineseAndItsEnglishNameAlike() {
        long typed = seedCustomers.stream().filter(row -> Set.of("广东", "Guangdong").contains(row.get("region")))
                .count();
        assertEquals(432, typed, "the seed data: 257 typed 广东, 175 Guangdong");
        for (String spelling : List.of("广东", "Guangdong", "广东省", "CN-GD")) {
            assertEquals(typed, count(CUSTOMERS, Map.of("regions", List.of(spelling))), spelling);
        }
    }

    @Test
    void aCityIsFoundByEitherNameAndMunicipalitiesToo() {
        assertEquals(217, count(CUSTOMERS, Map.of("cities", List.of("深圳"))));
        assertEquals(217, count(CUSTOMERS, Map.of("cities", List.of("Shenzhen"))));
        assertEquals(253 + 263, count(CUSTOMERS, Map.of("regions", List.of("Shanghai", "北京"))));
    }

    @Test
    void regionKpisCountEveryCustomerOfTheProvinceWhicheverWayTheyTypedIt() {
        JsonNode chinese = api.graphql(REGION_KPIS, Map.of("f", Map.of("regions", List.of("上海")))).get("data");
        JsonNode english = api.graphql(REGION_KPIS, Map.of("f", Map.of("regions", List.of("Shanghai")))).get("data");
        assertEquals(253, chinese.at("/customSegment/kpis/size").asInt());
        assertEquals(chinese, english);
        JsonNode referrers = api.graphql("{ a: topReferrers(filter: {regions: [\"北京\"]}) { totalCount }"
                + " b: topReferrers(filter: {regions: [\"Beijing\"]}) { totalCount } }").get("data");
        assertEquals(referrers.at("/a/totalCount"), referrers.at("/b/totalCount"));
        assertTrue(referrers.at("/a/totalCount").asInt() > 0);
    }

    @Test
    void aCustomerKeepsWhatTheyTypedAndCarriesTheCanonicalPlaceWithBothNames() {
        assertEquals(ApiServer.parse("""
                {"data":{"a":{"region":"Shanghai","city":"Shanghai","place":{
                    "region":{"id":"CN-SH","kind":"REGION","nameEn":"Shanghai","nameZh":"上海","name":"Shanghai"},
                    "city":{"id":"CN-SH.shanghai","kind":"CITY","nameEn":"Shanghai","nameZh":"上海","name":"Shanghai"}}},
                  "b":{"region":"广东","city":"广州","place":{
                    "region":{"id":"CN-GD","kind":"REGION","nameEn":"Guangdong","nameZh":"广东","name":"Guangdong"},
                    "city":{"id":"CN-GD.guangzhou","kind":"CITY","nameEn":"Guangzhou","nameZh":"广州","name":"Guangzhou"}}}}}"""),
                api.graphql("""
                        { a: customer(id: "C000001") { ...where } b: customer(id: "C000002") { ...where } }
                        fragment where on Customer { region city place {
                          region { id kind nameEn nameZh name } city { id kind nameEn nameZh name } } }"""));
    }

    @Test
    void coldStartCustomersOfOneProvinceGetOnePopularListWhicheverWayTheyTypedIt() {
        List<String> ids = new ArrayList<>();
        seedCustomers.stream().filter(row -> Set.of("广东", "Guangdong").contains(row.get("region")))
                .forEach(row -> ids.add(row.get("id")));
        JsonNode batch = api.graphql("""
                query($ids: [ID!]!) { crossSellBatch(customerIds: $ids, first: 10, strategy: POPULAR) {
                  customer { region } recommendations { reasonKind group product { id } } } }""",
                Map.of("ids", ids)).at("/data/crossSellBatch");
        Set<String> groups = new TreeSet<>();
        Set<String> typed = new TreeSet<>();
        batch.forEach(entry -> entry.get("recommendations").forEach(recommendation -> {
            if (recommendation.get("reasonKind").asText().equals("POPULAR_IN_REGION")) {
                groups.add(recommendation.get("group").asText());
                typed.add(entry.at("/customer/region").asText());
            }
        }));
        assertEquals(Set.of("广东", "Guangdong"), typed, "customers of both spellings get region recommendations");
        assertEquals(Set.of("CN-GD"), groups);
    }

    private static int count(String query, Map<String, Object> filter) {
        JsonNode body = api.graphql(query, Map.of("f", filter));
        assertEquals(null, body.get("errors"), body.toString());
        return body.at("/data/customers/totalCount").asInt();
    }
}
