// Package rank holds peergraph's pure algorithms: peer scoring (Adamic–Adar),
// Gould–Fernandez brokerage, isolation flags, the E–I index and a chat's top
// terms. It knows nothing of Neo4j or GraphQL: the store fetches the
// evidence, rank scores it, so every number here is unit-tested without a
// database and can be checked against networkx on the same graph.
package scoring
