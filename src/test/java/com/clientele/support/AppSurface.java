package com.clientele.support;

import com.clientele.app.Features;
import com.clientele.graphql.ApiSurface;
import com.clientele.neo4j.CypherCatalog;
import com.clientele.neo4j.Graph;
import java.time.Clock;
import java.time.Duration;

/** The API surface the application's features declare, built without a database (nothing is read). */
public final class AppSurface {

    private AppSurface() {
    }

    public static Features features() {
        return Features.over(new Graph(null, CypherCatalog.fromClasspath(), "neo4j", Duration.ofSeconds(1)),
                Clock.systemUTC(), 100);
    }

    public static ApiSurface get() {
        return ApiSurface.of(features().all());
    }
}
