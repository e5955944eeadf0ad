// Uniqueness constraints for every key of DATA-FORMAT.md (each also creates a range index).
CREATE CONSTRAINT enterprise_credit_code IF NOT EXISTS FOR (e:Enterprise) REQUIRE e.creditCode IS UNIQUE;
CREATE CONSTRAINT cluster_id IF NOT EXISTS FOR (c:Cluster) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT chain_id IF NOT EXISTS FOR (c:Chain) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT segment_id IF NOT EXISTS FOR (s:Segment) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT institute_id IF NOT EXISTS FOR (i:ResearchInstitute) REQUIRE i.id IS UNIQUE;
CREATE CONSTRAINT platform_id IF NOT EXISTS FOR (p:ServicePlatform) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT county_name IF NOT EXISTS FOR (c:County) REQUIRE c.name IS UNIQUE;
CREATE CONSTRAINT enterprise_year_key IF NOT EXISTS FOR (y:EnterpriseYear) REQUIRE (y.creditCode, y.year) IS UNIQUE;
CREATE CONSTRAINT cluster_year_key IF NOT EXISTS FOR (y:ClusterYear) REQUIRE (y.clusterId, y.year) IS UNIQUE;
// A segment's synonym dictionary has each term once.
CREATE CONSTRAINT synonym_key IF NOT EXISTS FOR (s:Synonym) REQUIRE (s.segmentId, s.term) IS UNIQUE;
