// 招商 target lists: (:TargetList)-[:HAS_ENTRY]->(:TargetListEntry)-[:FOR]->(:Enterprise), and
// (:TargetListEntry)-[:HAS_STATUS_CHANGE]->(:StatusChange) for the pipeline history.
CREATE CONSTRAINT target_list_id IF NOT EXISTS FOR (l:TargetList) REQUIRE l.id IS UNIQUE;
// One entry per firm and list (a second add is refused even under concurrent requests).
CREATE CONSTRAINT target_list_entry_key IF NOT EXISTS FOR (e:TargetListEntry) REQUIRE (e.listId, e.creditCode) IS UNIQUE;
