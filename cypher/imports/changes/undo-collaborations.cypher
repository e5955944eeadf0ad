// Undoing an import: puts each COLLABORATES_WITH link of $items back as it was before the import (item.before, JSON), or deletes it
// when the import created it (item.before null).
UNWIND $items AS item
WITH item, CASE WHEN item.before IS NULL THEN null ELSE apoc.convert.fromJsonMap(item.before) END AS b
OPTIONAL MATCH (:ResearchInstitute {id: item.instituteId})-[n:COLLABORATES_WITH {kind: item.kind, year: toInteger(item.year)}]->(:Enterprise {creditCode: item.creditCode})
WITH item, b, n
CALL (n, b) {
  WITH n, b WHERE n IS NOT NULL AND b IS NULL
  DELETE n
}
CALL (n, b) {
  WITH n, b WHERE n IS NOT NULL AND b IS NOT NULL
  SET n = b.props
  SET n.updatedAt = CASE WHEN b.props.updatedAt IS NULL THEN null ELSE datetime(b.props.updatedAt) END
}
RETURN count(*) AS rows, count(CASE WHEN b IS NULL AND n IS NOT NULL THEN 1 END) AS deleted, [] AS blocked
