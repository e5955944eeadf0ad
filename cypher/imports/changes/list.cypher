// The per-row changes of one import in file order, then row order; $skip / $limit page through them.
MATCH (x:ImportChange {importId: $importId})
WITH x, apoc.coll.indexOf($files, x.file) AS fileOrder
ORDER BY fileOrder, x.row, x.kind, x.key
SKIP toInteger($skip) LIMIT toInteger($limit)
RETURN x.file AS file, x.row AS row, x.kind AS kind, x.key AS key, x.keyFields AS keyFields, x.op AS op, x.before AS before, x.after AS after
