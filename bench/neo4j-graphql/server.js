// The Clientele graph served by @neo4j/graphql 7 over Apollo Server, for bench/compare-neo4j-graphql.sh.
//   NEO4J_URI=bolt://127.0.0.1:7687 PORT=4000 node server.js
// Auth is off on the benchmark's loopback Neo4j; NEO4J_USER / NEO4J_PASSWORD are sent when set.
import { readFileSync } from "node:fs";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const uri = process.env.NEO4J_URI ?? "bolt://127.0.0.1:7687";
const port = Number(process.env.PORT ?? 4000);
const auth = neo4j.auth.basic(process.env.NEO4J_USER ?? "neo4j", process.env.NEO4J_PASSWORD ?? "unused");
const driver = neo4j.driver(uri, auth, { maxConnectionPoolSize: 100 });
await driver.verifyConnectivity();

const typeDefs = readFileSync(new URL("./typeDefs.graphql", import.meta.url), "utf8");
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const server = new ApolloServer({ schema, introspection: true });
const { url } = await startStandaloneServer(server, { listen: { port, host: "127.0.0.1" } });
console.log(`@neo4j/graphql ready at ${url} (Neo4j ${uri}, pid ${process.pid})`);

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, async () => {
    await server.stop();
    await driver.close();
    process.exit(0);
  });
}
