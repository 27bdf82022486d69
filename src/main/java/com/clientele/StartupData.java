package com.clientele;

import com.clientele.neo4j.Graph;

/** What the server does to its data before it serves: load the seed data on the embedded store's first start. */
final class StartupData {

    private StartupData() {
    }

    static void prepare(Graph graph, AppConfig config) {
        // filled in when the importer lands
    }
}
