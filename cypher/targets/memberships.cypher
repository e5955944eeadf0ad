// The target lists holding each of the firms $codes (one statement for a whole page of 补链
// targets: no query per row): one row per firm on any list, with its lists as {listId, listName,
// status}, the most recently changed list first. Found from the firm (credit code index) through
// its entries' FOR links.
UNWIND $codes AS code
MATCH (:Enterprise {creditCode: code})<-[:FOR]-(e:TargetListEntry)<-[:HAS_ENTRY]-(l:TargetList)
WITH code, l, e
ORDER BY l.updatedAt DESC, l.id
RETURN code AS creditCode, collect({listId: l.id, listName: l.name, status: e.status}) AS lists
