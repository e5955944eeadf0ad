// Which of these segment ids are segments of some chain in the database, with their chain.
UNWIND $keys AS key
MATCH (chain:Chain)-[:HAS_SEGMENT]->(s:Segment {id: key})
RETURN key, chain.id AS chainId
