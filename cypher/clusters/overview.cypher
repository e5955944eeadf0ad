// Counts for the overview line of the panorama and for data checks.
CALL { MATCH (c:Cluster) RETURN count(c) AS clusters }
CALL { MATCH (c:Cluster) WHERE c.level IN ['PROVINCIAL', 'NATIONAL'] RETURN count(c) AS provincialOrAbove }
CALL { MATCH (c:Cluster {level: 'NATIONAL'}) RETURN count(c) AS national }
CALL { MATCH (e:Enterprise) RETURN count(e) AS enterprises }
CALL { MATCH (e:Enterprise) WHERE e.local = true AND EXISTS { (e)-[:IN_CLUSTER]->(:Cluster) } RETURN count(e) AS clusterFirms }
CALL { MATCH (p:ServicePlatform) RETURN count(p) AS platforms }
CALL { MATCH (i:ResearchInstitute) RETURN count(i) AS institutes }
CALL { MATCH ()-[s:SUPPLIES]->() RETURN count(s) AS supplyLinks }
CALL { MATCH (c:County) WHERE EXISTS { (:Cluster)-[:IN_COUNTY]->(c) } RETURN count(c) AS counties }
RETURN clusters, provincialOrAbove, national, enterprises, clusterFirms, platforms, institutes, supplyLinks, counties
