package com.clientele.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.crosssell.CoPurchaseSettings;
import com.clientele.crosssell.CrossSellRefresh;
import com.clientele.customer.Customer;
import com.clientele.customer.CustomerRepository;
import com.clientele.neo4j.Graph;
import com.clientele.place.PlaceBackfill;
import com.clientele.place.PlaceTable;
import com.clientele.support.TestNeo4j;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import keeps the region and city as typed, stores the canonical place ids the place table resolves them to,
 * and reports every spelling the table does not know as a warning with file and line (the row is written all the
 * same); a changed table reaches the stored customers at the next start.
 */
class PlaceImportTest {

    private static final String CUSTOMERS = """
            id,name,email,gender,birth_year,occupation,income_band,region,city,country,signup_date,preferred_channel
            K1,Ann,,,,,,广东,深圳,China,2023-01-01,
            K2,Bo,,,,,,Guangdong Province,Shenzhen,China,2023-01-01,
            K3,Cy,,,,,,Atlantis,Poseidonia,,2023-01-01,
            K4,Di,,,,,,,Xi'an,China,2023-01-01,
            K5,Ed,,,,,,Jiangsu,Shenzhen,China,2023-01-01,
            """;

    private final TestNeo4j neo4j = TestNeo4j.get();

    @AfterEach
    void graphWasChanged() {
        neo4j.forget();
    }

    @Test
    void unknownSpellingsAreWarnedAboutWithFileAndLineAndTheRowsAreStillWritten(@TempDir Path folder)
            throws IOException {
        Graph graph = neo4j.empty();
        Files.writeString(folder.resolve("customers.csv"), CUSTOMERS, StandardCharsets.UTF_8);
        ImportReport report = new ClienteleImporter(graph).importFolder(CsvFolder.directory(folder), "places");
        FileReport customers = report.file("customers.csv");
        assertEquals(5, customers.rowsWritten());
        assertEquals(0, customers.badRowCount());
        assertEquals(List.of(
                "customers.csv:4: region 'Atlantis' is not in the place table: kept as typed, grouped with no other"
                        + " spelling",
                "customers.csv:4: city 'Poseidonia' is not in the place table: kept as typed, grouped with no other"
                        + " spelling",
                "customers.csv:6: city 'Shenzhen' is not a city of Jiangsu in the place table: kept as typed,"
                        + " grouped with no other spelling"),
                customers.warnings().stream().map(ImportWarning::toString).toList());
        assertTrue(report.format().contains("  warning customers.csv:4: region 'Atlantis'"), report.format());
        Map<String, Customer> stored = new CustomerRepository(graph, Clock.systemUTC())
                .byIds(List.of("K1", "K2", "K3", "K4", "K5"));
        assertEquals(List.of("CN-GD", "CN-GD.shenzhen"), place(stored.get("K1")));
        assertEquals(List.of("CN-GD", "CN-GD.shenzhen"), place(stored.get("K2")));
        assertEquals("Guangdong Province", stored.get("K2").region());
        assertEquals(List.of("-", "-"), place(stored.get("K3")));
        assertEquals("Atlantis", stored.get("K3").region());
        assertEquals(List.of("CN-SN", "CN-SN.xian"), place(stored.get("K4")));
        assertEquals(List.of("CN-JS", "-"), place(stored.get("K5")));
    }

    @Test
    void anUpsertedCustomerIsResolvedLikeAnImportedOne() {
        Graph graph = neo4j.empty();
        assertEquals(List.of(), new InputWriter(graph, Clock.systemUTC()).customer(Map.of("id", "K9", "region", "廣東省", "city",
                "Shen Zhen", "signup_date", "2023-01-01")));
        Customer stored = new CustomerRepository(graph, Clock.systemUTC()).byIds(List.of("K9")).get("K9");
        assertEquals(List.of("CN-GD", "CN-GD.shenzhen"), place(stored));
        assertEquals(List.of("廣東省", "Shen Zhen"), List.of(stored.region(), stored.city()));
    }

    @Test
    void aChangedPlaceTableReachesTheStoredCustomersOnceAtTheNextStart(@TempDir Path folder) throws IOException {
        Graph graph = neo4j.empty();
        Files.writeString(folder.resolve("customers.csv"), CUSTOMERS, StandardCharsets.UTF_8);
        new ClienteleImporter(graph).importFolder(CsvFolder.directory(folder), "places");
        assertEquals(5, PlaceBackfill.run(graph, PlaceTable.shipped()), "a store never resolved is resolved");
        assertEquals(0, PlaceBackfill.run(graph, PlaceTable.shipped()), "an unchanged table changes nothing");
        new CrossSellRefresh(graph, CoPurchaseSettings.defaults()).run();
        assertEquals(false, crossSellDue(graph));
        PlaceTable edited = PlaceTable.parse("""
                id,kind,region_id,name_en,name_zh,aliases
                XA-AT,REGION,,Atlantis,亚特兰蒂斯,
                XA-AT.poseidonia,CITY,XA-AT,Poseidonia,波塞冬尼亚,
                """, "edited.csv");
        assertEquals(5, PlaceBackfill.run(graph, edited));
        assertEquals(true, crossSellDue(graph), "popular lists per region are rebuilt after places changed");
        Map<String, Customer> stored = new CustomerRepository(graph, Clock.systemUTC()).byIds(List.of("K1", "K3"));
        assertEquals(List.of("XA-AT", "XA-AT.poseidonia"), place(stored.get("K3")));
        assertEquals(List.of("-", "-"), place(stored.get("K1")), "a spelling the new table lacks is unresolved");
        assertEquals(0, PlaceBackfill.run(graph, edited));
    }

    private static boolean crossSellDue(Graph graph) {
        return graph.read("crosssell/refresh-due", Map.of(), due -> due.get("due").asBoolean()).get(0);
    }

    private static List<String> place(Customer customer) {
        return List.of(customer.regionId() == null ? "-" : customer.regionId(),
                customer.cityId() == null ? "-" : customer.cityId());
    }
}
