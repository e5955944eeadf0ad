// The segments the firms $codes operate in (the figures a change of these firms touches).
UNWIND $codes AS code
MATCH (:Enterprise {creditCode: code})-[:OPERATES_IN]->(s:Segment)
RETURN collect(DISTINCT s.id) AS segmentIds
