// The data version answers are cached under (server/cache/): 'none' before the first write.
OPTIONAL MATCH (v:DataVersion {id: 'graph'})
RETURN CASE WHEN v IS NULL THEN 'none' ELSE v.epoch + ':' + toString(v.version) END AS version
