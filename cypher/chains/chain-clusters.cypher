// A chain and every cluster following it (by id). No row when the chain is unknown.
MATCH (chain:Chain {id: $chainId})
CALL (chain) {
  OPTIONAL MATCH (chain)<-[:FOLLOWS]-(c:Cluster)
  WITH c ORDER BY c.id
  RETURN collect(c {.id, .name, .county}) AS clusters
}
RETURN chain.id AS chainId, chain.name AS chainName, clusters
