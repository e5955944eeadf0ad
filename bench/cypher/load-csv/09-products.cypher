// Enterprise.products (for full-text search): the distinct products of the links a firm supplies,
// as the importer's imports/write/products does ($url unused: it follows supply_links.csv).
MATCH (e:Enterprise) WHERE EXISTS { (e)-[:SUPPLIES]->(:Enterprise) }
CALL (e) {
  WITH e, COLLECT { MATCH (e)-[r:SUPPLIES]->(:Enterprise) WHERE r.product IS NOT NULL RETURN DISTINCT r.product AS product ORDER BY product } AS products
  SET e.products = CASE WHEN size(products) = 0 THEN null ELSE apoc.text.join(products, '；') END
} IN TRANSACTIONS OF 10000 ROWS
