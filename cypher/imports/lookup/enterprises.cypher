// Which of these keys exist in the database (reference checks of the importer).
UNWIND $keys AS key
MATCH (n:Enterprise {creditCode: key})
RETURN key, null AS chainId
