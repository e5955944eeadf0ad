// Run last in every transaction that writes graph data (server/cache/data-version.ts): the
// node's lock is then held only while the transaction commits. The epoch tells a wiped and
// reloaded database apart from the one before it, whose counter may have had the same value.
MERGE (v:DataVersion {id: 'graph'})
  ON CREATE SET v.epoch = randomUUID(), v.version = 0
SET v.version = v.version + 1
RETURN v.epoch + ':' + toString(v.version) AS version
