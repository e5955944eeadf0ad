// What the import would change (validation report): the stored values of each row's entity, keyed
// by the row's properties (null where nothing is stored). $rows: the rows as written by write/supply-links.
UNWIND range(0, size($rows) - 1) AS i
WITH i, $rows[i] AS row
OPTIONAL MATCH (:Enterprise {creditCode: row.supplier})-[r:SUPPLIES]->(:Enterprise {creditCode: row.buyer})
  WHERE r.year + 0 = toInteger(row.year) AND r.segmentId + '' = row.segmentId
WITH i, row, head(collect(r)) AS r
RETURN i AS index, CASE WHEN r IS NULL THEN null ELSE {supplier: row.supplier, buyer: row.buyer, segmentId: r.segmentId, year: r.year,
       annualValue: r.annualValue, product: r.product} END AS before
