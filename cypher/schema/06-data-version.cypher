// One data version node (server/cache/data-version.ts): MERGE from concurrent writers must not make two.
CREATE CONSTRAINT data_version_id IF NOT EXISTS FOR (v:DataVersion) REQUIRE v.id IS UNIQUE;
