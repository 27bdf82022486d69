package com.clientele.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.support.ApiServer;
import com.clientele.support.TestNeo4j;
import com.clientele.support.UsesDataset;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The refit's holdout check on CDNOW, read from GraphQL: refitted as of 1998-06-30 (the last day of the data), the
 * check holds out the later half, weeks 40–78 (1997-10-01 .. 1998-06-30), and fits on weeks 1–39, the published
 * calibration period.
 */
@UsesDataset(value = CdnowGraph.DATASET, changesGraph = true)
class ClvQualityOnCdnowTest {

    @RegisterExtension
    static final ApiServer api = ApiServer.forTestClass();

    private static final String QUALITY = "quality { calibrationEnd holdoutEnd holdoutDays customers fitState"
            + " modelMeanAbsoluteError baselineMeanAbsoluteError beatsBaseline totalPredicted totalActual trackingError"
            + " cumulativePredicted cumulativeActual verdict { en zh } }";

    @BeforeAll
    static void loadCdnow() {
        CdnowGraph.load();
    }

    @AfterAll
    static void forgetTheRefittedGraph() {
        TestNeo4j.get().forget();
    }

    private static JsonNode refit(String calibrationEnd) {
        JsonNode response = api.graphql("mutation { refitClv(input: {calibrationEnd: \"" + calibrationEnd + "\"}) {"
                + " model { purchaseModel state " + QUALITY + " } userErrors { message } } }");
        assertFalse(response.has("errors"), response::toString);
        return response.at("/data/refitClv/model");
    }

    @Test
    void theHoldoutErrorPerCustomerIsBelowTheNaiveRateOnTheWeeks40To78() {
        JsonNode model = refit("1998-06-30");
        JsonNode quality = model.path("quality");
        System.out.println("CDNOW holdout, " + model.path("purchaseModel").asText() + ": " + quality);
        assertEquals("MBG_NBD", model.path("purchaseModel").asText());
        assertEquals("1997-09-30", quality.path("calibrationEnd").asText());
        assertEquals("1998-06-30", quality.path("holdoutEnd").asText());
        assertEquals(273, quality.path("holdoutDays").asInt());
        assertEquals(2357, quality.path("customers").asInt());
        assertEquals("FITTED", quality.path("fitState").asText());
        double modelError = quality.path("modelMeanAbsoluteError").asDouble();
        double baselineError = quality.path("baselineMeanAbsoluteError").asDouble();
        assertTrue(modelError < baselineError, modelError + " vs baseline " + baselineError);
        assertTrue(quality.path("beatsBaseline").asBoolean());
        assertEquals(39, quality.path("cumulativeActual").size());
        assertEquals(quality.path("totalActual").asDouble(), quality.path("cumulativeActual").get(38).asDouble());
        assertTrue(quality.path("trackingError").asDouble() < 0.15, quality::toString);
        assertTrue(quality.at("/verdict/en").asText().contains("better than the simple rate"), quality::toString);
        assertTrue(quality.at("/verdict/zh").asText().contains("准确"), quality::toString);
    }

    @Test
    void theHoldoutCheckOfTheOriginalBgNbdAlsoBeatsTheNaiveRate() {
        HoldoutValidationFigures figures = HoldoutValidationFigures.onCdnow(PurchaseModel.BG_NBD);
        System.out.println("CDNOW holdout, BG_NBD: " + figures);
        assertTrue(figures.quality().modelMeanAbsoluteError() < figures.quality().baselineMeanAbsoluteError(),
                figures::toString);
    }
}
