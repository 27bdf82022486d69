package com.clientele.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.support.ApiServer;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GraphiqlTest {

    @Test
    void theGraphiqlPageAndEveryAssetItNamesAreServedFromTheJarWithoutAnyOtherHost() {
        try (ApiServer api = ApiServer.start()) {
            HttpResponse<String> page = api.get("/graphiql", Map.of());
            assertEquals(200, page.statusCode());
            assertTrue(!page.body().contains("http://") && !page.body().contains("https://"), "no external URL");
            Matcher assets = Pattern.compile("(?:src|href)=\"(/webjars/[^\"]+)\"").matcher(page.body());
            int count = 0;
            while (assets.find()) {
                HttpResponse<String> asset = api.get(assets.group(1), Map.of());
                assertEquals(200, asset.statusCode(), assets.group(1));
                assertTrue(asset.body().length() > 5_000, assets.group(1) + " is suspiciously small");
                count++;
            }
            assertEquals(4, count, "graphiql js+css, react, react-dom");
            assertTrue(page.body().contains("createFetcher({ url: '/graphql' })"));
        }
    }
}
