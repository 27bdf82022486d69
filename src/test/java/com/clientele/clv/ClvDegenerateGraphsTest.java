package com.clientele.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.ingest.CdnowImporter;
import com.clientele.support.ApiServer;
import com.clientele.support.TestNeo4j;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Graphs the models cannot be fitted on give a stored error state that the API returns: never NaN, never a 500. */
class ClvDegenerateGraphsTest {

    private static final String REFIT = "mutation($end: Date) { refitClv(input: {calibrationEnd: $end}) {"
            + " model { state message customers repeatBuyers r alpha p } userErrors { field message } } }";
    private static final String READ = "{ clvModel { state message customers r bgNbdLogLikelihood }"
            + " customer(id: \"cdnow-1\") { clv { state predictedValue probabilityAlive churnRisk } } }";

    @RegisterExtension
    static final ApiServer api = ApiServer.forTestClassThatChangesTheGraph();

    private static JsonNode refitOn(String transactions, String calibrationEnd) throws IOException {
        TestNeo4j.get().empty();
        Path file = Files.createTempFile("cdnow-degenerate", ".txt");
        Files.writeString(file, transactions);
        new CdnowImporter(TestNeo4j.get().graph()).importFile(file, "degenerate");
        Files.delete(file);
        JsonNode refit = api.graphql(REFIT, Map.of("end", calibrationEnd));
        assertFalse(refit.has("errors"), refit::toString);
        return refit.path("data").path("refitClv");
    }

    private static void assertStoredStateIsServed(String state) {
        JsonNode read = api.graphql(READ);
        assertFalse(read.has("errors"), read::toString);
        assertFalse(read.toString().contains("NaN"), read::toString);
        assertEquals(state, read.at("/data/clvModel/state").asText());
        assertTrue(read.at("/data/clvModel/r").isNull());
        assertEquals(state, read.at("/data/customer/clv/state").asText());
        assertTrue(read.at("/data/customer/clv/predictedValue").isNull());
        assertTrue(read.at("/data/customer/clv/probabilityAlive").isNull());
    }

    @Test
    void aSingleCustomerIsTooFewCustomers() throws IOException {
        JsonNode refit = refitOn("1 19970101 1 10.00\n1 19970201 2 20.00\n1 19970301 1 5.00\n", "1997-09-30");
        assertEquals("TOO_FEW_CUSTOMERS", refit.at("/model/state").asText());
        assertEquals(1, refit.at("/model/customers").asInt());
        assertTrue(refit.at("/model/message").asText().contains("at least 10 customers"), refit::toString);
        assertStoredStateIsServed("TOO_FEW_CUSTOMERS");
    }

    @Test
    void customersWhoAllBoughtOnceHaveNoRepeatBuyers() throws IOException {
        StringBuilder rows = new StringBuilder();
        for (int customer = 1; customer <= 40; customer++) {
            String day = String.format("%02d", 1 + customer % 28);
            rows.append(customer).append(" 199701").append(day).append(" 1 12.50\n");
        }
        JsonNode refit = refitOn(rows.toString(), "1997-09-30");
        assertEquals("NO_REPEAT_BUYERS", refit.at("/model/state").asText());
        assertEquals(40, refit.at("/model/customers").asInt());
        assertEquals(0, refit.at("/model/repeatBuyers").asInt());
        assertStoredStateIsServed("NO_REPEAT_BUYERS");
    }

    @Test
    void severalOrdersOnTheSameDayAreNoRepeatPurchase() throws IOException {
        StringBuilder rows = new StringBuilder();
        for (int customer = 1; customer <= 40; customer++) {
            rows.append(customer).append(" 19970305 1 10.00\r\n").append(customer).append(" 19970305 2 0.00\r\n");
        }
        JsonNode refit = refitOn(rows.toString(), "1997-09-30");
        assertEquals("NO_REPEAT_BUYERS", refit.at("/model/state").asText());
        assertStoredStateIsServed("NO_REPEAT_BUYERS");
    }

    @Test
    void aCalibrationEndBeforeEveryOrderLeavesNoCustomersAndEveryoneWithoutPurchases() throws IOException {
        JsonNode refit = refitOn("1 19970101 1 10.00\n2 19970201 2 20.00\n", "1996-12-31");
        assertEquals("NO_CUSTOMERS", refit.at("/model/state").asText());
        JsonNode read = api.graphql(READ);
        assertEquals("NO_PURCHASES", read.at("/data/customer/clv/state").asText(), read::toString);
    }

    @Test
    void aCalibrationEndInTheFutureIsRefusedAsAUserError() throws IOException {
        JsonNode refit = refitOn("1 19970101 1 10.00\n", "2999-01-01");
        assertTrue(refit.path("model").isNull());
        assertEquals("[\"input\",\"calibrationEnd\"]", refit.at("/userErrors/0/field").toString());
    }
}
