// Undoing an import: puts each Cluster of $items back as it was before the import (item.before, JSON), or deletes it
// when the import created it (item.before null) with its IN_COUNTY and FOLLOWS links. `blocked`: created ones that something else now refers to
// (they are not deleted; the caller refuses the undo, and the transaction is rolled back).
UNWIND $items AS item
WITH item, CASE WHEN item.before IS NULL THEN null ELSE apoc.convert.fromJsonMap(item.before) END AS b
OPTIONAL MATCH (n:Cluster {id: item.key})
WITH item, b, n, n IS NOT NULL AND b IS NULL AND EXISTS { (n)-[r]-(other) WHERE NOT (type(r) IN ['IN_COUNTY', 'FOLLOWS'] AND startNode(r) = n) } AS blocked
CALL (n, b, blocked) {
  WITH n, b, blocked WHERE n IS NOT NULL AND b IS NULL AND NOT blocked
  DETACH DELETE n
}
CALL (n, b) {
  WITH n, b WHERE n IS NOT NULL AND b IS NOT NULL
  SET n = b.props
  SET n.updatedAt = CASE WHEN b.props.updatedAt IS NULL THEN null ELSE datetime(b.props.updatedAt) END
  WITH n, b
  CALL (n) { MATCH (n)-[r:IN_COUNTY|FOLLOWS]->() DELETE r }
  CALL (n, b) { UNWIND b.counties AS name MATCH (c:County {name: name}) MERGE (n)-[:IN_COUNTY]->(c) }
  CALL (n, b) { UNWIND b.chains AS id MATCH (c:Chain {id: id}) MERGE (n)-[:FOLLOWS]->(c) }
}
RETURN count(*) AS rows, count(CASE WHEN b IS NULL AND n IS NOT NULL AND NOT blocked THEN 1 END) AS deleted, collect(CASE WHEN blocked THEN item.key END) AS blocked
