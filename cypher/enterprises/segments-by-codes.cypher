// The segments each enterprise operates in (batched for DataLoader), in chain order.
UNWIND $codes AS code
MATCH (:Enterprise {creditCode: code})-[:OPERATES_IN]->(s:Segment)
WITH code, s ORDER BY s.chainId, s.order, s.id
RETURN code, collect(s {.id, .name, .stage, .order, .chainId}) AS segments
