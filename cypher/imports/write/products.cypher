// Sets Enterprise.products (for full-text search) to the distinct products of the links it supplies.
UNWIND $codes AS code
MATCH (e:Enterprise {creditCode: code})
WITH e, COLLECT { MATCH (e)-[r:SUPPLIES]->(:Enterprise) WHERE r.product IS NOT NULL RETURN DISTINCT r.product AS product ORDER BY product } AS products
SET e.products = CASE WHEN size(products) = 0 THEN null ELSE apoc.text.join(products, '；') END
RETURN count(*) AS rows
