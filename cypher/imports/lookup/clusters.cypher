// Which of these keys exist in the database (reference checks of the importer).
UNWIND $keys AS key
MATCH (n:Cluster {id: key})
RETURN key, null AS chainId
