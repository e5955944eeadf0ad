// Which of the things a change refers to exist (mutation validation, in the write transaction).
RETURN [code IN $codes WHERE NOT EXISTS { MATCH (:Enterprise {creditCode: code}) }] AS unknownEnterprises,
       [id IN $clusterIds WHERE NOT EXISTS { MATCH (:Cluster {id: id}) }] AS unknownClusters,
       [id IN $segmentIds WHERE NOT EXISTS { MATCH (:Segment {id: id}) }] AS unknownSegments,
       [name IN $counties WHERE NOT EXISTS { MATCH (:County {name: name}) }] AS unknownCounties
