// The peer: what most teams would put in front of this Neo4j instead of
// peergraph — @neo4j/graphql generating the Cypher from type definitions —
// served by graphql-yoga. The type definitions map the same nodes and
// relationships peergraph's generic reads use (a professional with
// professions, communities and partners; a page of professionals), so both
// answer the same question from the same data.
//
//   NEO4J_URI=bolt://127.0.0.1:7687 PORT=4100 node server.mjs
import { createServer } from "node:http";
import { Neo4jGraphQL } from "@neo4j/graphql";
import { createYoga } from "graphql-yoga";
import neo4j from "neo4j-driver";

const typeDefs = /* GraphQL */ `
  type Professional @node {
    id: ID!
    name: String
    profession: String
    optedOut: Boolean
    professions: [Profession!]! @relationship(type: "HAS_PROFESSION", direction: OUT)
    communities: [Community!]! @relationship(type: "MEMBER_OF", direction: OUT)
    partners: [Professional!]! @relationship(type: "TALKED_WITH", direction: OUT)
    """
    The conversational partners as peergraph counts them over all time:
    ties either way, their replies, mentions and quotes summed, most first
    (then id), opted-out professionals left out. The generated relationship
    fields can follow one direction and cannot order by a sum, so the same
    question needs Cypher of its own.
    """
    conversationalPartners(limit: Int = 20): [Professional!]!
      @cypher(
        statement: """
        MATCH (this)-[t:TALKED_WITH]-(o:Professional)
        WHERE o <> this AND NOT coalesce(o.optedOut, false)
        WITH o, sum(coalesce(t.replies, 0) + coalesce(t.mentions, 0) + coalesce(t.quotes, 0)) AS acts
        WHERE acts > 0
        RETURN o ORDER BY acts DESC, o.id LIMIT $limit
        """
        columnName: "o"
      )
    accounts: [Account!]! @relationship(type: "OF", direction: IN)
  }
  type Account @node {
    key: ID!
    platform: String
    handle: String
  }
  type Profession @node {
    name: ID!
  }
  type Community @node {
    name: ID!
    hashtag: String
  }
`;

const uri = process.env.NEO4J_URI ?? "bolt://127.0.0.1:7687";
const user = process.env.NEO4J_USERNAME ?? "neo4j";
const password = process.env.NEO4J_PASSWORD ?? "";
const driver = neo4j.driver(uri, password ? neo4j.auth.basic(user, password) : undefined, {
  maxConnectionPoolSize: Number(process.env.PEER_POOL ?? 100),
});
const database = process.env.NEO4J_DATABASE || undefined;

const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const yoga = createYoga({
  schema,
  graphqlEndpoint: "/graphql",
  graphiql: false,
  logging: "error",
  context: () => (database ? { sessionConfig: { database } } : {}),
});

const port = Number(process.env.PORT ?? 4100);
const server = createServer(yoga);
server.listen(port, "127.0.0.1", () => console.log(`peer: @neo4j/graphql on http://127.0.0.1:${port}/graphql`));
for (const sig of ["SIGINT", "SIGTERM"]) {
  process.on(sig, () => server.close(() => driver.close().then(() => process.exit(0))));
}
