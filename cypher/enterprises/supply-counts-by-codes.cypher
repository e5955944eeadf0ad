// Distinct suppliers and customers of each enterprise over all years (batched for DataLoader).
UNWIND $codes AS code
MATCH (e:Enterprise {creditCode: code})
RETURN code,
       COUNT { MATCH (s:Enterprise)-[:SUPPLIES]->(e) RETURN DISTINCT s } AS supplierCount,
       COUNT { MATCH (e)-[:SUPPLIES]->(b:Enterprise) RETURN DISTINCT b } AS customerCount
